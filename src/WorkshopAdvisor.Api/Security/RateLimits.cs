using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WorkshopAdvisor.Api.Features.Signing;

namespace WorkshopAdvisor.Api.Security;

public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>The customer's signing pages: opening and submitting, per client address.</summary>
    public const string Signing = "signing";

    /// <summary>Sign-in attempts per client address: enough for a shop's front desk, too few for guessing passwords.</summary>
    public static IServiceCollection AddWorkshopRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var perMinute = configuration.GetValue("RateLimits:SignInPerMinute", 30);
            options.AddPolicy(SignIn, http => PerClientAddress(http, perMinute));
            options.AddPolicy<string, SigningRateLimit>(Signing);
        });

    public static RateLimitPartition<string> PerClientAddress(HttpContext http, int perMinute) => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

/// <summary>
/// A customer opens the page, perhaps reloads it, and submits once or twice: a few requests a minute from one
/// address (RateLimits:SigningPerMinute, 20 by default). Beyond that the customer gets a page saying so, not a bare 429.
/// </summary>
public sealed class SigningRateLimit(IConfiguration configuration, SigningPage page) : IRateLimiterPolicy<string>
{
    private readonly int _perMinute = configuration.GetValue("RateLimits:SigningPerMinute", 20);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
        new ValueTask(page.Message(SigningText.TooManyRequests, StatusCodes.Status429TooManyRequests, "rate-limited")
            .ExecuteAsync(context.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimits.PerClientAddress(httpContext, _perMinute);
}
