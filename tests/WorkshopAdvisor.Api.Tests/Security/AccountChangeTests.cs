using System.Net;
using System.Net.Http.Headers;
using WorkshopAdvisor.Api.Features.Users;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>A sign-in lasts a shift; what the manager changes about the account within it holds from the next request.</summary>
public sealed class AccountChangeTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Token_OfAnAccountDisabledDuringTheShift_Is401FromTheNextRequest()
    {
        var (id, client) = await NewAccountAsync(Role.Advisor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/boards/today")).StatusCode);

        await (await shop.As(Role.Manager).PostJson($"/users/{id}/deactivation")).Read<UserResponse>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/boards/today")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostJson("/customers", new { name = "王磊", phones = new[] { Identifiers.Phone() }, @class = "C" })).StatusCode);
    }

    [Fact]
    public async Task Token_OfAnAccountEnabledAgain_WorksAgain()
    {
        var (id, client) = await NewAccountAsync(Role.Advisor);
        await (await shop.As(Role.Manager).PostJson($"/users/{id}/deactivation")).Read<UserResponse>();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/boards/today")).StatusCode);

        await (await shop.As(Role.Manager).PostJson($"/users/{id}/activation")).Read<UserResponse>();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/boards/today")).StatusCode);
    }

    [Fact]
    public async Task Token_AfterTheRoleIsChanged_ActsWithTheNewRole()
    {
        var (id, client) = await NewAccountAsync(Role.Advisor);
        var customer = new { name = "王磊", phones = new[] { Identifiers.Phone() }, @class = "C" };
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson("/customers", customer)).StatusCode);

        await (await shop.As(Role.Manager).PutJson($"/users/{id}/role", new { role = "Technician" })).Read<UserResponse>();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJson("/customers", customer with { phones = new[] { Identifiers.Phone() } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/technicians/me/jobs")).StatusCode);
    }

    [Fact]
    public async Task PageSession_OfAnAccountDisabledDuringTheShift_GoesBackToSignIn()
    {
        var (id, userName, password) = await CreateAsync(Role.Advisor);
        var session = await shop.SignInWithCookieAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/app/today")).StatusCode);

        await (await shop.As(Role.Manager).PostJson($"/users/{id}/deactivation")).Read<UserResponse>();

        var page = await session.Client.GetAsync("/app/today");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/app/sign-in", page.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal));
    }

    private async Task<(long Id, HttpClient Client)> NewAccountAsync(Role role)
    {
        var (id, userName, password) = await CreateAsync(role);
        var client = shop.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await shop.SignInAsync(userName, password));
        return (id, client);
    }

    private async Task<(long Id, string UserName, string Password)> CreateAsync(Role role)
    {
        var userName = "shift" + Identifiers.Next();
        var password = userName + "-password";
        var created = await (await shop.As(Role.Manager).PostJson("/users", new { userName, displayName = "临时员工", role, password })).Read<Workshop.IdOnly>();
        return (created.Id, userName, password);
    }
}
