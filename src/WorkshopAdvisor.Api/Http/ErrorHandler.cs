using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Http;

/// <summary>
/// The one place where failures become ProblemDetails: bad input 400 with field errors, a refused action
/// 409 naming the current state, a concurrent edit 409, unknown things 404. Only a genuine fault is a 500,
/// and its body says nothing about the server's insides.
/// </summary>
public sealed partial class ErrorHandler(IProblemDetailsService problemDetails, ILogger<ErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Translate(exception);
        if (problem is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = Problems.Create(StatusCodes.Status500InternalServerError, "internal", "Something went wrong on our side", "The error has been logged.");
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? Translate(Exception exception) => exception switch
    {
        InvalidValueException e => Problems.Validation(new Dictionary<string, string[]> { [e.Field] = [e.Message] }),
        StatusConflictException e => WithExtensions(
            Problems.Create(StatusCodes.Status409Conflict, e.Rule, $"Not allowed while the order is {e.CurrentStatus}", e.Message), [.. Where(e)]),
        NotAssignedException e => Problems.Create(StatusCodes.Status403Forbidden, e.Rule, "Not your job", e.Message),
        RuleViolationException e => WithExtensions(Problems.Create(StatusCodes.Status409Conflict, e.Rule, "Refused by a rule of the trade", e.Message),
            [.. Where(e)]),
        OrderPartNotFoundException e => Problems.Create(StatusCodes.Status404NotFound, "not-found", "Not found", e.Message),
        NotFoundException e => Problems.Create(StatusCodes.Status404NotFound, "not-found", "Not found", e.Message),
        ConcurrencyConflictException e => Problems.Create(StatusCodes.Status409Conflict, "concurrency-conflict", "Changed by someone else", e.Message),
        DbUpdateConcurrencyException => Problems.Create(StatusCodes.Status409Conflict, "concurrency-conflict", "Changed by someone else",
            "Someone else changed this record at the same time. Reload it and try again."),
        DbUpdateException e when UniqueViolations.IsUniqueViolation(e) => Problems.Create(StatusCodes.Status409Conflict, "duplicate", "Already exists",
            "A record with the same unique value (VIN, plate, user name or number) already exists."),
        BadHttpRequestException e => BadRequest(e),
        _ => null,
    };

    private static ProblemDetails BadRequest(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            return Problems.Validation(new Dictionary<string, string[]> { [field] = ["has a value of the wrong type or format"] });
        }
        return Problems.Create(e.StatusCode, "bad-request", "The request could not be read", e.Message);
    }

    /// <summary>Where the refusing subject stands (a complaint's state, an order's status and what it allows now), and any facts the rule gives to act on.</summary>
    private static IEnumerable<(string Key, object Value)> Where(RuleViolationException e)
    {
        if (e.CurrentState is { } state)
        {
            yield return ("currentState", state);
        }
        if (e.CurrentStatus is { } status)
        {
            yield return ("currentStatus", status);
        }
        if (e.AllowedActions is { } allowed)
        {
            yield return ("allowedActions", allowed);
        }
        foreach (var (key, value) in e.Facts ?? new Dictionary<string, object>())
        {
            yield return (key, value);
        }
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, params (string Key, object Value)[] extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}

/// <summary>The client's If-Match version is not the stored one.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
