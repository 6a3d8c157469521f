using System.Net;
using WorkshopAdvisor.Api.Features.Users;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>
/// The general manager approves the largest compensation: a service manager who could make a general manager
/// (the fixture's own was the shop's first, which the service manager may make) could approve it themselves.
/// </summary>
public sealed class GeneralManagerAccountTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task CreateUser_WhenTheServiceManagerMakesASecondGeneralManager_Returns409GeneralManagerAccounts()
    {
        var response = await shop.As(Role.Manager).PostJson("/users", new { userName = "gm2", displayName = "钱总", role = "GeneralManager", password = "a-long-password-1" });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/general-manager-accounts");
    }

    [Fact]
    public async Task ChangeRole_WhenTheServiceManagerPromotesThemselves_Returns409GeneralManagerAccounts()
    {
        var response = await shop.As(Role.Manager).PutJson($"/users/{shop.StaffId(Role.Manager)}/role", new { role = "GeneralManager" });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/general-manager-accounts");
    }

    [Fact]
    public async Task SetPassword_WhenTheServiceManagerResetsTheGeneralManagers_Returns409GeneralManagerAccounts()
    {
        var response = await shop.As(Role.Manager).PutJson($"/users/{shop.StaffId(Role.GeneralManager)}/password", new { password = "taken-over-password" });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/general-manager-accounts");
    }

    [Fact]
    public async Task CreateUser_WhenTheGeneralManagerMakesAnother_IsCreated()
    {
        var created = await (await shop.As(Role.GeneralManager).PostJson("/users",
            new { userName = "deputy-gm", displayName = "钱副总", role = "GeneralManager", password = "a-long-password-2" })).Read<UserResponse>();

        Assert.Equal(Role.GeneralManager, created.Role);
    }
}
