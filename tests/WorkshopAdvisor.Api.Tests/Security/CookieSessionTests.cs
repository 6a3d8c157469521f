using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>The staff pages' session cookie: how it is made, what it lets through, and the anti-forgery token it needs.</summary>
public sealed class CookieSessionTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private async Task<RepairOrderResponse> ApprovedAndDispatchedAsync()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        return await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
    }

    [Fact]
    public async Task CookieSignIn_SetsAnHttpOnlySameSiteStrictSessionCookie()
    {
        var client = shop.Browser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/app/sign-in")
        {
            Content = JsonContent.Create(new { userName = shop.UserName(Role.Technician), password = shop.Password(Role.Technician) }),
        };
        request.Headers.Add(CookieSession.CsrfHeader, await CookieSessions.AntiforgeryTokenAsync(client));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("workshop.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/app/technician", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieSignIn_WithoutTheAntiforgeryToken_Is400AndSignsNobodyIn()
    {
        var client = shop.Browser();

        var response = await client.PostAsJsonAsync("/app/sign-in", new { userName = shop.UserName(Role.Advisor), password = shop.Password(Role.Advisor) });

        await response.AssertProblem(HttpStatusCode.BadRequest, "/problems/antiforgery");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("workshop.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CookieSignIn_WithAWrongPassword_Is401()
    {
        var client = shop.Browser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/app/sign-in") { Content = JsonContent.Create(new { userName = "advisor", password = "wrong-password" }) };
        request.Headers.Add(CookieSession.CsrfHeader, await CookieSessions.AntiforgeryTokenAsync(client));

        await (await client.SendAsync(request)).AssertProblem(HttpStatusCode.Unauthorized, "/problems/sign-in-failed");
    }

    [Fact]
    public async Task CookieRequest_ThatChangesSomethingWithoutTheToken_Is400AndChangesNothing()
    {
        var order = await ApprovedAndDispatchedAsync();
        var technician = await shop.SignInWithCookieAsync(Role.Technician);

        var response = await technician.Send(HttpMethod.Post, $"/repair-orders/{order.Id}/jobs/1/start", withToken: false);

        await response.AssertProblem(HttpStatusCode.BadRequest, "/problems/antiforgery");
        var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}")).Read<RepairOrderResponse>();
        Assert.Equal(JobStatus.Waiting, after.Jobs[0].Status);
    }

    [Fact]
    public async Task CookieRequest_WithATokenIssuedBeforeSignIn_Is400()
    {
        var order = await ApprovedAndDispatchedAsync();
        var client = shop.Browser();
        var anonymousToken = await CookieSessions.AntiforgeryTokenAsync(client);
        var signIn = new HttpRequestMessage(HttpMethod.Post, "/app/sign-in")
        {
            Content = JsonContent.Create(new { userName = shop.UserName(Role.Technician), password = shop.Password(Role.Technician) }),
        };
        signIn.Headers.Add(CookieSession.CsrfHeader, anonymousToken);
        (await client.SendAsync(signIn)).EnsureSuccessStatusCode();

        var response = await new CookieSession(client, anonymousToken).Send(HttpMethod.Post, $"/repair-orders/{order.Id}/jobs/1/start");

        await response.AssertProblem(HttpStatusCode.BadRequest, "/problems/antiforgery");
    }

    [Fact]
    public async Task CookieRequest_WithTheToken_DoesWhatTheRoleAllows()
    {
        var order = await ApprovedAndDispatchedAsync();
        var technician = await shop.SignInWithCookieAsync(Role.Technician);

        var started = await (await technician.Send(HttpMethod.Post, $"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        var refused = await technician.Send(HttpMethod.Post, $"/repair-orders/{order.Id}/handover", new { amountPaid = 1m, acceptedBy = "张伟" });

        Assert.Equal(JobStatus.InProgress, started.Jobs[0].Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task BearerRequest_WithoutAnyAntiforgeryToken_GetsThrough()
    {
        var order = await ApprovedAndDispatchedAsync();

        var response = await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BearerHeader_WithAnInvalidToken_Is401EvenWithAValidSessionCookie()
    {
        var session = await shop.SignInWithCookieAsync(Role.Manager);
        var request = new HttpRequestMessage(HttpMethod.Get, "/auth/me");
        request.Headers.Authorization = new("Bearer", "not-a-token");

        var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var session = await shop.SignInWithCookieAsync(Role.Advisor);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/auth/me")).StatusCode);

        var response = await session.Send(HttpMethod.Post, "/app/sign-out");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("/app/technician")]
    [InlineData("/app/today")]
    [InlineData("/app")]
    public async Task StaffPage_WithoutSignIn_RedirectsToTheSignInPage(string page)
    {
        var response = await shop.Browser().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/app/sign-in?returnUrl={Uri.EscapeDataString(page)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task TechnicianBoard_ForAnAdvisor_Is403Page()
    {
        var advisor = await shop.SignInWithCookieAsync(Role.Advisor);

        var response = await advisor.Client.GetAsync("/app/technician");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Technician, "/app/technician")]
    [InlineData(Role.Advisor, "/app/today")]
    [InlineData(Role.Foreman, "/app/today")]
    public async Task AppHome_SendsEachRoleToItsBoard(Role role, string board)
    {
        var session = await shop.SignInWithCookieAsync(role);

        var response = await session.Client.GetAsync("/app");

        Assert.Equal(board, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StaffPages_AreServedWithAStrictContentSecurityPolicyAndTheirScripts()
    {
        var session = await shop.SignInWithCookieAsync(Role.Technician);

        var page = await session.Client.GetAsync("/app/technician");
        var script = await shop.Anonymous().GetAsync("/assets/technician.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("nosniff", script.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
