using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Operations;

namespace WorkshopAdvisor.Api.Security;

/// <summary>
/// Two ways to be signed in, one set of policies. API clients send a bearer token (POST /auth/token); the
/// staff pages run in a browser on a session cookie (POST /app/sign-in). A policy scheme picks the bearer
/// scheme whenever an Authorization header is present, else the cookie (see ADR 0021).
/// </summary>
public static class StaffAuthentication
{
    public const string Scheme = "staff";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "workshop.session";
    public const string SignInPath = "/app/sign-in";

    public static AuthenticationBuilder AddStaffAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromHours(configuration.PositiveInt("Auth:TokenHours"));
        services.AddMemoryCache();
        services.AddSingleton<AccountCheck>();
        services.AddSingleton<IClaimsTransformation>(sp => sp.GetRequiredService<AccountCheck>());
        return services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token or session cookie", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count > 0 ? BearerTokenDefaults.AuthenticationScheme : CookieScheme)
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = lifetime;
                o.Events.OnMessageReceived = async context =>
                {
                    var header = context.Request.Headers.Authorization.ToString();
                    if (header.StartsWith("Bearer ", StringComparison.Ordinal)
                        && context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..]) is { Principal: { } principal }
                        && !await context.HttpContext.RequestServices.GetRequiredService<AccountCheck>().IsEnabledAsync(principal))
                    {
                        context.Fail("The account is disabled.");
                    }
                };
            })
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // A shift, like a bearer token; not sliding, and a session cookie (gone when the browser closes).
                o.ExpireTimeSpan = lifetime;
                o.SlidingExpiration = false;
                o.LoginPath = SignInPath;
                o.ReturnUrlParameter = "returnUrl";
                o.Events.OnValidatePrincipal = async context =>
                {
                    if (context.Principal is { } principal && !await context.HttpContext.RequestServices.GetRequiredService<AccountCheck>().IsEnabledAsync(principal))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieScheme);
                    }
                };
                o.Events.OnRedirectToLogin = context =>
                {
                    if (IsPage(context.Request))
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }
                    else
                    {
                        // The JSON API answers as it always has: 401, and the way to get in is a bearer token.
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.Response.Headers.WWWAuthenticate = "Bearer";
                    }
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    if (IsPage(context.Request))
                    {
                        return new HtmlPage(NoAccessPage, StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext);
                    }
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToLogout = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                    return Task.CompletedTask;
                };
            });
    }

    /// <summary>A browser asking for one of the staff pages (as opposed to the pages' JavaScript calling the API).</summary>
    public static bool IsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/app") && !request.Path.StartsWithSegments("/app/antiforgery");

    private const string NoAccessPage =
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>无权访问 · No access</title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/pages.css\"></head><body class=\"staff\"><main>" +
        "<section class=\"card notice\" id=\"notice\" data-reason=\"forbidden\"><h2>无权访问此页面 <span class=\"en\">No access to this page</span></h2>" +
        "<p>您的岗位不能使用此页面。 <span class=\"en\">Your role does not give access to this page.</span></p>" +
        "<p><a href=\"/app\">返回我的页面 <span class=\"en\">Back to my page</span></a> · " +
        "<a href=\"/app/sign-in\">换个账号登录 <span class=\"en\">Sign in as someone else</span></a></p></section></main></body></html>";
}
