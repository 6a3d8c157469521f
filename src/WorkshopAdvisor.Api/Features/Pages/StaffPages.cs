using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Pages;

public sealed record PageSignInResponse(string DisplayName, Role Role, string Home);

public sealed record AntiforgeryResponse(string HeaderName, string Token);

/// <summary>
/// The staff pages: static HTML and plain JavaScript (embedded in the API, assets in wwwroot/assets) that
/// call the JSON API with the session cookie. Each page needs the policy of the data it shows, exactly as
/// the API does; a browser that is not signed in is sent to the sign-in page.
/// </summary>
public static class StaffPages
{
    private static readonly ConcurrentDictionary<string, string> Templates = new();

    /// <summary>Where staff start: their own board once signed in, the sign-in page before.</summary>
    public const string Root = "/app";

    public static void MapStaffPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(Root).ExcludeFromDescription().WithTags("Pages");

        pages.MapGet("/", (HttpContext http) => Results.Redirect(Home(http.User.IsIn(Role.Technician) ? Role.Technician : Role.Advisor)))
            .RequireAuthorization(Policies.Staff);
        pages.MapGet("/sign-in", (IOptions<ShopOptions> shop) => Page("sign-in", shop.Value)).AllowAnonymous();
        pages.MapPost("/sign-in", SignIn).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).WithMetadata(CsrfProtection.Required);
        pages.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(StaffAuthentication.CookieScheme);
            return Results.NoContent();
        }).RequireAuthorization(Policies.Staff);
        pages.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(new AntiforgeryResponse(tokens.HeaderName ?? CsrfProtection.HeaderName, tokens.RequestToken!));
        }).AllowAnonymous();

        pages.MapGet("/technician", (IOptions<ShopOptions> shop) => Page("technician", shop.Value)).RequireAuthorization(Policies.Workshop);
        pages.MapGet("/today", (IOptions<ShopOptions> shop) => Page("today", shop.Value)).RequireAuthorization(Policies.Staff);
    }

    /// <summary>Serves the pages' scripts and styles (wwwroot/assets); they hold no data, so anyone may load them.</summary>
    public static IApplicationBuilder UseStaffPageAssets(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        OnPrepareResponse = context =>
        {
            context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Context.Response.Headers.CacheControl = "no-cache";
        },
    });

    public static string Home(Role role) => role == Role.Technician ? "/app/technician" : "/app/today";

    private static async Task<IResult> SignIn(AuthEndpoints.SignInRequest request, HttpContext http, WorkshopDbContext db, SignInLimits limits, CancellationToken ct)
    {
        if (limits.Refuse(http, AuthEndpoints.NormalizedUserName(request)) is { } refused)
        {
            return refused;
        }
        var user = await AuthEndpoints.VerifyAsync(db, request, ct);
        if (user is null)
        {
            return AuthEndpoints.SignInFailed();
        }
        await http.SignInAsync(StaffAuthentication.CookieScheme, user.ToPrincipal(StaffAuthentication.CookieScheme));
        return Results.Ok(new PageSignInResponse(user.DisplayName, user.Role, Home(user.Role)));
    }

    private static HtmlPage Page(string name, ShopOptions shop)
    {
        var template = Templates.GetOrAdd(name, static n =>
        {
            using var stream = typeof(StaffPages).Assembly.GetManifestResourceStream($"WorkshopAdvisor.Api.Pages.{n}.html")
                ?? throw new InvalidOperationException($"The page {n}.html is not embedded.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
        var html = template
            .Replace("{{shopName}}", WebUtility.HtmlEncode(shop.Name), StringComparison.Ordinal)
            .Replace("{{timeZone}}", WebUtility.HtmlEncode(shop.TimeZone), StringComparison.Ordinal);
        return new HtmlPage(html);
    }
}
