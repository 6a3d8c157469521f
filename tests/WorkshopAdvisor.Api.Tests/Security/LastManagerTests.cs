using System.Net;
using System.Net.Http.Headers;
using WorkshopAdvisor.Api.Features.Users;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>Nobody locks the shop out of its staff administration: not by disabling himself, not by demoting himself as its last manager.</summary>
public sealed class LastManagerTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>A new shop has its first manager only (no general manager): the one account that manages staff.</summary>
    private static async Task<(HttpClient Manager, long ManagerId)> TheManagerAsync(ApiFactory api)
    {
        var manager = await ClientAsync(api, "manager", ApiFactory.ManagerPassword);
        return (manager, (await (await manager.GetAsync("/auth/me")).Read<UserResponse>()).Id);
    }

    private static async Task<HttpClient> ClientAsync(ApiFactory api, string userName, string password)
    {
        var response = await api.CreateClient().PostJson("/auth/token", new { userName, password });
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Read<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task ChangeRole_OfTheLastManagerByHimself_Is409_AndHeStaysManager()
    {
        await using var api = new ApiFactory(_database, new TestClock());
        var (manager, managerId) = await TheManagerAsync(api);

        var response = await manager.PutJson($"/users/{managerId}/role", new { role = Role.Advisor });

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/last-staff-manager");
        Assert.Contains("last active account that manages staff", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/users")).StatusCode);
        Assert.Equal(Role.Manager, (await (await manager.GetAsync("/auth/me")).Read<UserResponse>()).Role);
    }

    [Fact]
    public async Task Deactivation_OfHisOwnAccount_Is409_AndHeStaysActive()
    {
        await using var api = new ApiFactory(_database, new TestClock());
        var (manager, managerId) = await TheManagerAsync(api);

        var response = await manager.PostJson($"/users/{managerId}/deactivation");

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/self-deactivation");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task ChangeRole_OfAManagerByHimself_WhenAnotherManagerRemains_IsDone()
    {
        await using var api = new ApiFactory(_database, new TestClock());
        var (manager, managerId) = await TheManagerAsync(api);

        await (await manager.PostJson("/users", new { userName = "manager2", displayName = "周经理", role = Role.Manager, password = "second-manager-password" })).Read<UserResponse>();

        var demoted = await (await manager.PutJson($"/users/{managerId}/role", new { role = Role.Advisor })).Read<UserResponse>();

        Assert.Equal(Role.Advisor, demoted.Role);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/users")).StatusCode);
        var other = await ClientAsync(api, "manager2", "second-manager-password");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/users")).StatusCode);
    }
}
