using Microsoft.AspNetCore.Antiforgery;
using WorkshopAdvisor.Api.Http;

namespace WorkshopAdvisor.Api.Security;

/// <summary>
/// Cross-site request forgery protection for the session cookie, with the framework's antiforgery tokens.
/// A browser sends the cookie with any request to this site, including one another site makes it send; so
/// every unsafe request (POST, PUT, PATCH, DELETE) that is signed in by the cookie must also carry the
/// request token (header <see cref="HeaderName"/>, from GET /app/antiforgery), which another site cannot
/// read. A request with an Authorization header is authenticated by its bearer token, which no browser
/// attaches on its own, so it needs no token. The cookie sign-in itself requires one too (login CSRF).
/// </summary>
public static class CsrfProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "workshop.csrf";

    /// <summary>Endpoint metadata: check the token even though nobody is signed in yet (the cookie sign-in).</summary>
    public static readonly object Required = new RequiresCsrfToken();

    public static IServiceCollection AddCsrfProtection(this IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

    /// <summary>After authentication and authorization: only requests that got this far are checked.</summary>
    public static IApplicationBuilder UseCsrfProtection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await Results.Problem(Problems.Create(StatusCodes.Status400BadRequest, "antiforgery", "Missing or invalid anti-forgery token",
                $"Requests signed in with the session cookie must send the {HeaderName} header from GET /app/antiforgery.")).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    public static bool NeedsToken(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return false;
        }
        var metadata = context.GetEndpoint()?.Metadata;
        // The customer's signing page: its secret is in the URL, and no cookie signs it in.
        if (metadata?.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
        {
            return false;
        }
        if (metadata?.GetMetadata<RequiresCsrfToken>() is not null)
        {
            return true;
        }
        var signedInByCookie = context.Request.Headers.Authorization.Count == 0 && context.User.Identity?.IsAuthenticated == true;
        return signedInByCookie;
    }

    private sealed class RequiresCsrfToken;
}
