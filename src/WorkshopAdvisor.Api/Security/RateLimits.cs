using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WorkshopAdvisor.Api.Features.Signing;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Operations;

namespace WorkshopAdvisor.Api.Security;

public static class RateLimits
{
    /// <summary>Sign-in attempts per client address (the per-account count is <see cref="SignInLimits"/>).</summary>
    public const string SignIn = "sign-in";

    /// <summary>The customer's signing pages: opening and submitting, per client address.</summary>
    public const string Signing = "signing";

    public const string TooManySignIns = "too-many-sign-ins";

    /// <summary>The limits are read here, at start, so that one missing from configuration stops the start (appsettings.json has them).</summary>
    public static IServiceCollection AddWorkshopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perAccount = configuration.PositiveInt("RateLimits:SignInPerAccountPerMinute");
        var perAddress = configuration.PositiveInt("RateLimits:SignInPerAddressPerMinute");
        _ = configuration.PositiveInt("RateLimits:SigningPerMinute"); // read by SigningRateLimit, which needs the signing page too
        return services.AddSingleton(new SignInLimits(perAccount)).AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, new SignInPerAddress(perAddress));
            options.AddPolicy<string, SigningRateLimit>(Signing);
        });
    }

    public static RateLimitPartition<string> PerClientAddress(HttpContext http, int perMinute) => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => PerMinute(perMinute));

    public static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    /// <summary>429 with the reason and the wait, as a problem (the sign-in page shows its detail) and a Retry-After header.</summary>
    public static IResult TooManySignInsResult(HttpContext http, string whose, int perMinute, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(Problems.Create(StatusCodes.Status429TooManyRequests, TooManySignIns, "Too many sign-in attempts",
            $"Too many sign-in attempts {whose}: at most {perMinute} a minute. Try again in {seconds} seconds."));
    }
}

/// <summary>
/// Sign-in attempts per client address (RateLimits:SignInPerAddressPerMinute, ADR 0025): high enough for a front desk whose PCs
/// share one NAT address, low enough to slow a script trying passwords across many accounts.
/// </summary>
public sealed class SignInPerAddress(int perMinute) : IRateLimiterPolicy<string>
{
    private readonly int _perMinute = perMinute;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
        new ValueTask(RateLimits.TooManySignInsResult(context.HttpContext, "from this address", _perMinute, context.Lease).ExecuteAsync(context.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimits.PerClientAddress(httpContext, _perMinute);
}

/// <summary>
/// Sign-in attempts per account (RateLimits:SignInPerAccountPerMinute), whichever address they come from: a person who
/// mistypes a few times gets in, a script guessing one account's password is held to a few tries a minute. Counted
/// by the user name asked for, known or not, before the password is checked (so it tells nothing about the account).
/// </summary>
public sealed class SignInLimits : IDisposable
{
    private readonly int _perMinute;
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInLimits(int perMinute)
    {
        _perMinute = perMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(userName => RateLimitPartition.GetFixedWindowLimiter(userName, _ => RateLimits.PerMinute(perMinute)));
    }

    /// <summary>Null if this attempt may go on; otherwise the 429 to answer.</summary>
    public IResult? Refuse(HttpContext http, string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName);
        return lease.IsAcquired ? null : RateLimits.TooManySignInsResult(http, "for this account", _perMinute, lease);
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>
/// A customer opens the page, perhaps reloads it, and submits once or twice: a few requests a minute from one
/// address (RateLimits:SigningPerMinute). Beyond that the customer gets a page saying so, not a bare 429.
/// </summary>
public sealed class SigningRateLimit(IConfiguration configuration, SigningPage page) : IRateLimiterPolicy<string>
{
    private readonly int _perMinute = configuration.PositiveInt("RateLimits:SigningPerMinute");

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
        new ValueTask(page.Message(SigningText.TooManyRequests, StatusCodes.Status429TooManyRequests, "rate-limited")
            .ExecuteAsync(context.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimits.PerClientAddress(httpContext, _perMinute);
}
