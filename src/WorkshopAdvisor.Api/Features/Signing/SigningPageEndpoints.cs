using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Signing;

/// <summary>
/// The customer's signing page (no account: the link is the key). It shows one estimate version and takes
/// the decision line by line with a drawn signature. Whatever goes wrong, the customer gets a page in
/// Chinese and English, never a stack trace or a ProblemDetails.
/// </summary>
public static class SigningPageEndpoints
{
    public const string PathPrefix = "/sign";
    public const int MaxRequestBytes = 1024 * 1024;

    public static void MapSigningPages(this IEndpointRouteBuilder app)
    {
        var sign = app.MapGroup(PathPrefix).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimits.Signing)
            .AddEndpointFilter<FriendlyFailure>();
        sign.MapGet("/{token}", Show);
        // No anti-forgery token: nothing ambient authenticates this request (the secret is in the URL, which
        // another site cannot know), and a staff cookie that happens to be in the browser is not used here.
        sign.MapPost("/{token}", Submit).DisableAntiforgery()
            // A drawn signature is tens of kilobytes; nothing a customer sends needs more than this.
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
    }

    private static async Task<IResult> Show(string token, HttpContext http, OrderStore store, ShopCalendar calendar, SigningPage page, CancellationToken ct)
    {
        var (link, order, refusal) = await FindAsync(token, store, calendar, page, ct);
        return refusal ?? page.Form(order!, link!, SigningForm.Empty, error: null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Submit(string token, HttpContext http, OrderStore store, ShopCalendar calendar, SigningPage page, CancellationToken ct)
    {
        var (link, order, refusal) = await FindAsync(token, store, calendar, page, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        if (!http.Request.HasFormContentType)
        {
            return page.Form(order!, link!, SigningForm.Empty, SigningText.ChooseEveryLine, StatusCodes.Status400BadRequest);
        }
        var form = SigningForm.Read(await http.Request.ReadFormAsync(ct), order!.Estimates.Single(v => v.Number == link!.EstimateVersion));
        if (form.Error is { } error)
        {
            return page.Form(order, link!, form, error, StatusCodes.Status400BadRequest);
        }

        SignatureImage image;
        try
        {
            image = SignatureImages.Drawn(form.SignaturePng, "signature", calendar.UtcNow);
        }
        catch (InvalidValueException)
        {
            return page.Form(order, link!, form, SigningText.SignatureUnreadable, StatusCodes.Status400BadRequest);
        }

        // The audit trail names the customer, not whoever may be signed in on this browser.
        http.Features.Set<ICurrentActor>(new RemoteCustomerActor(form.Name));
        var evidence = (Ip: Truncate(http.Connection.RemoteIpAddress?.ToString(), 45), UserAgent: Truncate(http.Request.Headers.UserAgent.ToString(), 300));
        RepairOrder? acted = null;
        try
        {
            await store.ActAsync(http, order.Id, async (o, now) =>
            {
                acted = o;
                // Read again on every attempt: a concurrent submission through the same link must find it used.
                var current = await store.Db.SigningLinks.SingleAsync(l => l.Id == link!.Id, ct);
                current.MarkUsed(o, now);
                store.Db.SignatureImages.Add(image);
                var version = o.Estimates.Single(v => v.Number == current.EstimateVersion);
                o.RecordCustomerDecision(version.Number, form.ContentHash ?? current.ContentHash, form.Approved, form.Declined, form.Name, DecisionMethod.Remote, null,
                    new RemoteEvidence(evidence.Ip, evidence.UserAgent, image.Id), now, form.ConsentsToNewCeiling ? version.Ceiling : null);
                // The first estimate's approval makes the work order: the customer has signed it, as at the counter.
                // A supplementary estimate is signed on its own decision; the work order keeps its signature.
                if (version.Kind == EstimateKind.Initial && o.AllowedActions.Contains(OrderAction.SignWorkOrder))
                {
                    o.SignWorkOrder(SignatureParty.Customer, form.Name, image.Id, SignatureMethod.Remote, await SignatureImages.ParticularsAsync(store.Db, o, ct), now);
                }
            }, ct);
            http.Response.Headers.Remove("ETag");
            var decided = acted!.Estimates.Single(v => v.Number == link!.EstimateVersion);
            return page.Done(acted, decided);
        }
        catch (InvalidValueException e)
        {
            return page.Form(order, link!, form, e.Message, StatusCodes.Status400BadRequest);
        }
        catch (RuleViolationException e) when (e.Rule == OrderRules.CeilingExceeded)
        {
            return page.Form(order, link!, form, SigningText.OverCeiling, StatusCodes.Status409Conflict);
        }
        catch (RuleViolationException e) when (e.Rule.StartsWith("signing-link-", StringComparison.Ordinal))
        {
            return page.Refused(SigningLinkState.Used);
        }
        catch (RuleViolationException)
        {
            // The version changed or was decided at the counter between showing the page and submitting it.
            return page.Refused(SigningLinkState.Outdated);
        }
    }

    /// <summary>The link and its order, or the page that says why there is nothing to sign.</summary>
    private static async Task<(SigningLink? Link, RepairOrder? Order, IResult? Refusal)> FindAsync(string token, OrderStore store, ShopCalendar calendar,
        SigningPage page, CancellationToken ct)
    {
        if (!SigningTokens.IsWellFormed(token))
        {
            return (null, null, page.NotFound());
        }
        var hash = SigningTokens.Hash(token);
        var link = await store.Db.SigningLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null)
        {
            return (null, null, page.NotFound());
        }
        RepairOrder order;
        try
        {
            order = await store.LoadAsync(link.RepairOrderId, ct, tracking: false);
        }
        catch (NotFoundException)
        {
            return (null, null, page.NotFound());
        }
        var state = link.StateAt(order, calendar.UtcNow);
        return state == SigningLinkState.Usable ? (link, order, null) : (null, null, page.Refused(state));
    }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}

/// <summary>
/// A fault on the customer's page is logged (with the path's token redacted, see LogRedaction) and shown as
/// a page that asks them to try again, instead of the API's ProblemDetails.
/// </summary>
public sealed partial class FriendlyFailure(SigningPage page, ILogger<FriendlyFailure> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException e)
        {
            // The client's fault (a body over the size limit, a broken form): said as such, not logged as ours.
            return page.Message(e.StatusCode == StatusCodes.Status413PayloadTooLarge ? SigningText.TooLarge : SigningText.Failed, e.StatusCode, "bad-request");
        }
#pragma warning disable CA1031 // The customer must never see an API error; the fault is logged in full.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailure(logger, e);
            return page.Message(SigningText.Failed, StatusCodes.Status500InternalServerError, "failed");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The signing page failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}

/// <summary>The customer as the audit trail records a decision made through their link.</summary>
public sealed class RemoteCustomerActor(string name) : ICurrentActor
{
    public long? UserId => null;

    public string Name { get; } = name.Length <= 40 ? $"{name} (签字链接)" : name[..40];

    public string Role => "Customer";
}
