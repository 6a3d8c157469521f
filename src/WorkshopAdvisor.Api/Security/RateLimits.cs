using System.Threading.RateLimiting;

namespace WorkshopAdvisor.Api.Security;

public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>Sign-in attempts per client address: enough for a shop's front desk, too few for guessing passwords.</summary>
    public static IServiceCollection AddWorkshopRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var perMinute = configuration.GetValue("RateLimits:SignInPerMinute", 30);
            options.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
}
