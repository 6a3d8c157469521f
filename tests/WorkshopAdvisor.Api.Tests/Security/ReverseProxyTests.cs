using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>
/// The API in a process of its own, reached over real TCP from 127.0.0.1, with two wrong sign-ins allowed a
/// minute per client address: whether X-Forwarded-For decides that address depends on whether 127.0.0.1 is
/// a configured proxy.
/// </summary>
[Collection(Category.Process)]
[Trait(Category.Name, Category.Process)]
public sealed class ReverseProxyTests : IDisposable
{
    private const string ManagerPassword = "proxy-test-manager-password";
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task BehindAKnownProxy_TheForwardedAddressIsTheClient()
    {
        await using var api = await StartAsync(knownProxy: "127.0.0.1");

        var first = await WrongSignInsAsync(api, from: "203.0.113.7", count: 3);
        var other = await WrongSignInsAsync(api, from: "203.0.113.8", count: 1);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized], other);
    }

    [Fact]
    public async Task WithoutAKnownProxy_ForwardedHeadersAreIgnored()
    {
        await using var api = await StartAsync(knownProxy: null);

        var first = await WrongSignInsAsync(api, from: "203.0.113.7", count: 2);
        var claimingAnother = await WrongSignInsAsync(api, from: "203.0.113.8", count: 1);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], claimingAnother);
    }

    private async Task<ApiProcess> StartAsync(string? knownProxy)
    {
        var environment = ApiProcess.Settings(_database, ManagerPassword);
        environment["RateLimits__SignInPerMinute"] = "2";
        environment["Care__Engine__Enabled"] = "false";
        if (knownProxy is not null)
        {
            environment["ReverseProxy__KnownProxies__0"] = knownProxy;
        }
        return await ApiProcess.StartAsync(environment);
    }

    private static async Task<List<HttpStatusCode>> WrongSignInsAsync(ApiProcess api, string from, int count)
    {
        using var client = api.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token")
            {
                Content = JsonContent.Create(new { userName = "manager", password = "not-the-password" }),
            };
            request.Headers.Add("X-Forwarded-For", from);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }
}
