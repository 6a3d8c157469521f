using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>
/// Sign-in attempts are counted per account and per client address apart: guessing one account's password is held to
/// a few tries whoever sends them, and a front desk behind one NAT address is not locked out by its own colleagues.
/// In memory every request comes from the same (unknown) address.
/// </summary>
public sealed class SignInLimitTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private ApiFactory Api(int perAccount, int perAddress) => new(_database, new TestClock(), new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerAccountPerMinute"] = $"{perAccount}",
        ["RateLimits:SignInPerAddressPerMinute"] = $"{perAddress}",
    });

    private static Task<HttpResponseMessage> SignIn(ApiFactory api, string userName, string password) =>
        api.CreateClient().PostAsJsonAsync("/auth/token", new { userName, password });

    [Fact]
    public async Task SignIn_WhenOneAccountIsTriedTooOften_IsRefusedForThatAccountOnly_WithTheWait()
    {
        await using var api = Api(perAccount: 3, perAddress: 100);
        var manager = await (await SignIn(api, "manager", ApiFactory.ManagerPassword)).Content.ReadFromJsonAsync<JsonElement>();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", manager.GetProperty("accessToken").GetString());
        await (await client.PostJson("/users", new { userName = "advisor", displayName = "王芳", role = Role.Advisor, password = "advisor-password-1" })).Read<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(api, "manager", "guess-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(api, " MANAGER ", "guess-2")).StatusCode);
        var limited = await SignIn(api, "manager", ApiFactory.ManagerPassword);

        var problem = await limited.AssertProblem(HttpStatusCode.TooManyRequests, "/problems/too-many-sign-ins");
        Assert.Contains("for this account", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.False(problem.TryGetProperty("accessToken", out _));
        Assert.Equal(HttpStatusCode.OK, (await SignIn(api, "advisor", "advisor-password-1")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FromOneAddressForManyAccounts_IsRefusedAtTheAddressLimit()
    {
        await using var api = Api(perAccount: 100, perAddress: 5);

        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 6; i++)
        {
            answers.Add((await SignIn(api, $"staff-{i}", "some-password")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], answers);
        var problem = await (await SignIn(api, "manager", ApiFactory.ManagerPassword)).AssertProblem(HttpStatusCode.TooManyRequests, "/problems/too-many-sign-ins");
        Assert.Contains("from this address", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageSignIn_CountsWithTheTokenSignIn_AndIsRefusedWithoutASession()
    {
        await using var api = Api(perAccount: 2, perAddress: 100);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(api, "manager", "guess-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(api, "manager", "guess-2")).StatusCode);
        var browser = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var request = new HttpRequestMessage(HttpMethod.Post, "/app/sign-in") { Content = JsonContent.Create(new { userName = "manager", password = ApiFactory.ManagerPassword }) };
        request.Headers.Add(CookieSession.CsrfHeader, await CookieSessions.AntiforgeryTokenAsync(browser));

        var response = await browser.SendAsync(request);

        await response.AssertProblem(HttpStatusCode.TooManyRequests, "/problems/too-many-sign-ins");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("workshop.session=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/app/today")).StatusCode);
    }

    [Fact]
    public async Task Start_WithALimitMissingFromConfiguration_StopsNamingIt()
    {
        await using var api = new ApiFactory(_database, new TestClock(), new Dictionary<string, string?> { ["RateLimits:SignInPerAccountPerMinute"] = string.Empty });

        var thrown = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("RateLimits:SignInPerAccountPerMinute", thrown.ToString(), StringComparison.Ordinal);
    }
}
