using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Api.Tests.Persistence;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>
/// Every endpoint and page the app maps (read from its EndpointDataSource, so a new one cannot be left
/// out), called without signing in and as every role, with a bearer token and with the session cookie.
/// Who may call what is derived from each endpoint's authorization metadata and Policies.Roles, checked
/// against a few expectations written out by hand, and written to docs/security.md.
/// </summary>
public sealed partial class RoleMatrixTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private static readonly Role[] Roles = Enum.GetValues<Role>();

    /// <summary>What the issue itself promises; the derived table must agree, so it cannot be loosened silently.</summary>
    private static readonly Dictionary<string, Role[]?> Promised = new()
    {
        ["POST /repair-orders/{id:long}/estimates/{version:int}/decision"] = [Role.Advisor, Role.Manager],
        ["POST /repair-orders/{id:long}/handover"] = [Role.Advisor, Role.Manager],
        ["POST /repair-orders/{id:long}/final-inspection"] = [Role.Inspector],
        ["POST /repair-orders/{id:long}/completion-certificate"] = [Role.Inspector],
        ["POST /repair-orders/{id:long}/guarantee-override"] = [Role.Manager, Role.GeneralManager],
        ["POST /repair-orders/{id:long}/estimates/{version:int}/signing-link"] = [Role.Advisor, Role.Manager],
        ["POST /repair-orders/{id:long}/jobs/{job:int}/start"] = [Role.Technician, Role.Foreman],
        ["POST /users/"] = [Role.Manager, Role.GeneralManager],
        ["POST /complaints/{id:long}/solution"] = [Role.CareAgent, Role.Advisor, Role.Manager, Role.GeneralManager],
        ["POST /complaints/{id:long}/compensation-assessment"] = [Role.Technician, Role.Foreman, Role.Inspector],
        ["POST /complaints/{id:long}/compensation-decision"] = [Role.Manager, Role.GeneralManager],
        ["GET /app/technician"] = [Role.Technician, Role.Foreman],
        ["GET /app/today"] = Roles,
        ["GET /sign/{token}"] = null,
        ["POST /sign/{token}"] = null,
    };

    /// <summary>Open to anyone, each for a reason; everything else needs a signed-in member of staff.</summary>
    private static readonly Dictionary<string, string> OpenOnPurpose = new()
    {
        ["GET /"] = "redirects to the API description",
        ["GET /openapi/{documentName}.json"] = "the API description",
        ["POST /auth/token"] = "sign-in (API)",
        ["GET /app/sign-in"] = "sign-in page",
        ["POST /app/sign-in"] = "sign-in (pages); needs the anti-forgery token",
        ["GET /app/antiforgery"] = "the anti-forgery token for the page's next request",
        ["GET /sign/{token}"] = "the customer's signing page: the link is the key",
        ["POST /sign/{token}"] = "the customer's decision and signature",
    };

    public sealed record Row(string Method, string Route, Role[]? Allowed, string Policy)
    {
        public string Key => $"{Method} {Route}";

        public bool IsPage => Method == "GET" && Route.StartsWith("/app", StringComparison.Ordinal) && Allowed is not null;

        public string Url => Parameter().Replace(Route, m => m.Groups[1].Value switch
        {
            "id" or "customerId" => "987654321",
            "version" or "job" => "1",
            "party" => "customer",
            "number" => "RO-19990101-0001",
            "token" => new string('A', 43),
            "documentName" => "v1",
            _ => "1",
        });
    }

    [GeneratedRegex("{([A-Za-z]+)(:[^}]*)?}")]
    private static partial Regex Parameter();

    public static List<Row> Rows(IServiceProvider services) => services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
        .Select(x => new Row(x.Method, x.Endpoint.RoutePattern.RawText ?? "?", AllowedRoles(x.Endpoint), PolicyOf(x.Endpoint)))
        .OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
        .ToList();

    /// <summary>Null: anyone, signed in or not. Otherwise the roles every policy on the endpoint admits.</summary>
    private static Role[]? AllowedRoles(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }
        IEnumerable<Role> roles = Roles; // the fallback policy: any signed-in member of staff
        foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
        {
            if (data.Policy is { } policy)
            {
                Assert.True(Policies.Roles.ContainsKey(policy), $"{endpoint.DisplayName} names the policy '{policy}', which Policies.Roles does not list");
                roles = roles.Intersect(Policies.Roles[policy]);
            }
            if (data.Roles is { } named)
            {
                roles = roles.Intersect(named.Split(',').Select(r => Enum.Parse<Role>(r.Trim())));
            }
        }
        return [.. roles];
    }

    private static string PolicyOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "anonymous"
        : string.Join(" + ", endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(d => d.Policy ?? "signed in").DefaultIfEmpty("signed in (fallback)"));

    [Fact]
    public void Matrix_AgreesWithWhatTheIssuePromises_AndOpensOnlyWhatIsMeantToBeOpen()
    {
        var rows = Rows(shop.Api.Services).ToDictionary(r => r.Key);

        foreach (var (key, roles) in Promised)
        {
            Assert.True(rows.TryGetValue(key, out var row), $"no endpoint {key}; the matrix expects it");
            Assert.True(roles is null ? row.Allowed is null : row.Allowed is not null && roles.Order().SequenceEqual(row.Allowed.Order()),
                $"{key}: expected {Describe(roles)}, the endpoint allows {Describe(row.Allowed)}");
        }
        var open = rows.Values.Where(r => r.Allowed is null).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(OpenOnPurpose.Keys.Order(StringComparer.Ordinal), open);
    }

    [Fact]
    public async Task EveryEndpoint_AnonymousAndAsEveryRoleWithABearerToken_GetsThroughExactlyAsItsPolicySays()
    {
        var failures = new List<string>();
        foreach (var row in Rows(shop.Api.Services))
        {
            await Check(row, null, await Call(shop.Browser(), row, csrf: null), failures);
            foreach (var role in Roles)
            {
                await Check(row, role, await Call(shop.As(role), row, csrf: null), failures);
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryEndpoint_AsEveryRoleWithTheSessionCookie_GetsThroughExactlyAsItsPolicySays()
    {
        var failures = new List<string>();
        var sessions = new Dictionary<Role, CookieSession>();
        foreach (var role in Roles)
        {
            sessions[role] = await shop.SignInWithCookieAsync(role);
        }
        // Signing out ends the session the other calls use: it goes last.
        foreach (var row in Rows(shop.Api.Services).OrderBy(r => r.Key == "POST /app/sign-out"))
        {
            foreach (var role in Roles)
            {
                await Check(row, role, await Call(sessions[role].Client, row, sessions[role].CsrfToken), failures);
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task SecurityDoc_ListsEveryEndpointWithWhoMayCallIt()
    {
        var doc = await File.ReadAllTextAsync(SchemaScriptTests.RepoFile("docs/security.md"));
        var table = Markdown(Rows(shop.Api.Services));
        const string start = "<!-- role-matrix:start -->\n", end = "<!-- role-matrix:end -->";
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/security.md has no role-matrix markers");
        var written = doc[(from + start.Length)..to].Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.True(table == written, "docs/security.md is out of step with the endpoints. Put this between its role-matrix markers:\n" + table);
    }

    private static async Task<HttpResponseMessage> Call(HttpClient client, Row row, string? csrf)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url);
        if (row.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }
        if (csrf is not null && row.Method != "GET")
        {
            request.Headers.Add(CookieSession.CsrfHeader, csrf);
        }
        return await client.SendAsync(request);
    }

    private static async Task Check(Row row, Role? caller, HttpResponseMessage response, List<string> failures)
    {
        var status = response.StatusCode;
        var who = caller?.ToString() ?? "anonymous";
        var body = await response.Content.ReadAsStringAsync();
        if ((int)status >= 500)
        {
            failures.Add($"{row.Key} as {who}: {(int)status} {body}");
            return;
        }
        var allowed = row.Allowed is null || (caller is { } role && row.Allowed.Contains(role));
        if (allowed)
        {
            // Through authorization: whatever the handler makes of a harmless id or an empty body (404, 400, 409...).
            // A failed sign-in is the sign-in endpoint's own answer, not a refusal to let the caller in.
            var refused = status == HttpStatusCode.Forbidden || (status == HttpStatusCode.Unauthorized && !body.Contains("/problems/sign-in-failed", StringComparison.Ordinal));
            if (refused)
            {
                failures.Add($"{row.Key} as {who}: expected to get through ({row.Policy}), got {(int)status}");
            }
        }
        else if (caller is null && row.IsPage)
        {
            var location = response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString;
            if (status != HttpStatusCode.Redirect || location?.StartsWith("/app/sign-in?returnUrl=", StringComparison.Ordinal) != true)
            {
                failures.Add($"{row.Key} as anonymous: expected a redirect to the sign-in page, got {(int)status} {response.Headers.Location}");
            }
        }
        else
        {
            var expected = caller is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            if (status != expected)
            {
                failures.Add($"{row.Key} as {who}: expected {(int)expected} ({row.Policy}), got {(int)status}");
            }
        }
    }

    /// <summary>The table in docs/security.md: ✓ gets through, 401/403 refused, 302 sent to the sign-in page.</summary>
    public static string Markdown(IEnumerable<Row> rows)
    {
        var text = new StringBuilder("| endpoint | policy | anonymous | ")
            .Append(string.Join(" | ", Roles)).Append(" |\n|---|---|---|").Append(string.Concat(Roles.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| `").Append(row.Method).Append(' ').Append(row.Route.Replace("|", "\\|", StringComparison.Ordinal)).Append("` | ")
                .Append(row.Policy).Append(" | ")
                .Append(row.Allowed is null ? "✓" : row.IsPage ? "302" : "401").Append(" | ")
                .Append(string.Join(" | ", Roles.Select(r => row.Allowed is null || row.Allowed.Contains(r) ? "✓" : "403")))
                .Append(" |\n");
        }
        return text.ToString();
    }

    private static string Describe(Role[]? roles) => roles is null ? "anyone" : $"[{string.Join(", ", roles)}]";
}
