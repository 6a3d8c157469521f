using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Security;

public static class AuthEndpoints
{
    public sealed record SignInRequest(string? UserName, string? Password);

    public sealed record MeResponse(long Id, string UserName, string DisplayName, Role Role);

    /// <summary>A bearer token for one shift (<c>expiresIn</c> seconds); no refresh token: sign in again (ADR 0024).</summary>
    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth").WithTags("Sign-in");

        auth.MapPost("/token", SignIn)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .Produces<TokenResponse>()
            .WithSummary("Sign in with user name and password; returns a bearer token for one shift.");

        auth.MapGet("/me", async (HttpContext http, WorkshopDbContext db, CancellationToken ct) =>
        {
            var id = http.User.Staff().UserId;
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
                ?? throw new NotFoundException("The signed-in user no longer exists.");
            return Results.Ok(new MeResponse(user.Id, user.UserName, user.DisplayName, user.Role));
        }).RequireAuthorization(Policies.Staff).WithSummary("Who is signed in.");
    }

    private static async Task<IResult> SignIn(SignInRequest request, HttpContext http, WorkshopDbContext db, SignInLimits limits, IOptionsMonitor<BearerTokenOptions> bearer, CancellationToken ct)
    {
        if (limits.Refuse(http, NormalizedUserName(request)) is { } refused)
        {
            return refused;
        }
        var user = await VerifyAsync(db, request, ct);
        return user is null ? SignInFailed() : Results.Ok(IssueToken(user, bearer.Get(BearerTokenDefaults.AuthenticationScheme)));
    }

    /// <summary>
    /// The bearer scheme's own token (what Results.SignIn would write), without the refresh token it would add: nothing
    /// accepts one, and a sign-in lasts a shift (ADR 0024).
    /// </summary>
    private static TokenResponse IssueToken(User user, BearerTokenOptions options)
    {
        var lifetime = options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { ExpiresUtc = (options.TimeProvider ?? TimeProvider.System).GetUtcNow() + lifetime };
        var ticket = new AuthenticationTicket(user.ToPrincipal(BearerTokenDefaults.AuthenticationScheme), properties, $"{BearerTokenDefaults.AuthenticationScheme}:AccessToken");
        return new TokenResponse("Bearer", options.BearerTokenProtector.Protect(ticket), (long)lifetime.TotalSeconds);
    }

    /// <summary>The user name as stored: what sign-in looks up, and what the per-account limit counts.</summary>
    public static string NormalizedUserName(SignInRequest request) => request.UserName?.Trim().ToLowerInvariant() ?? string.Empty;

    /// <summary>The active user with this name and password, or null; the same work either way.</summary>
    public static async Task<User?> VerifyAsync(WorkshopDbContext db, SignInRequest request, CancellationToken ct)
    {
        var userName = NormalizedUserName(request);
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct);
        // Verify even for an unknown user so that timing does not tell which user names exist.
        var valid = Passwords.Verify(user ?? DummyUser.Value, request.Password ?? string.Empty);
        return user is not null && valid && user.IsActive ? user : null;
    }

    public static IResult SignInFailed() =>
        Results.Problem(Problems.Create(StatusCodes.Status401Unauthorized, "sign-in-failed", "Sign-in failed", "Unknown user name, wrong password, or the account is disabled."));

    private static readonly Lazy<User> DummyUser = new(() =>
    {
        var user = User.Create("nobody", "nobody", Role.Advisor, DateTime.UnixEpoch);
        Passwords.Set(user, Passwords.Generate());
        return user;
    });
}
