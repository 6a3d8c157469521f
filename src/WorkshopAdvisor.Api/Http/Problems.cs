using Microsoft.AspNetCore.Mvc;

namespace WorkshopAdvisor.Api.Http;

/// <summary>ProblemDetails (RFC 9457) with a stable <c>type</c> per problem, relative to the API.</summary>
public static class Problems
{
    public static string Type(string rule) => "/problems/" + rule;

    public static ProblemDetails Create(int status, string rule, string title, string? detail) => new()
    {
        Status = status,
        Type = Type(rule),
        Title = title,
        Detail = detail,
    };

    public static IResult NotFound(string what) =>
        Results.Problem(Create(StatusCodes.Status404NotFound, "not-found", "Not found", what));

    public static IResult Validation(string field, string message) =>
        Results.Problem(Validation(new Dictionary<string, string[]> { [field] = [message] }));

    public static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Type = Type("validation"),
        Title = "The request has invalid fields",
    };
}

/// <summary>Something the caller asked for does not exist. Maps to 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
