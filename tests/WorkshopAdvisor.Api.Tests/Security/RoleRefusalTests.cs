using System.Net;
using System.Net.Http.Headers;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Security;

public sealed class RoleRefusalTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task ApproveEstimate_AsTechnician_Is403AndTheOrderStillWaits()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);

        var response = await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/estimates/1/decision",
            new { approvedLines = new[] { 1, 2, 3, 4 }, decidedBy = "张伟" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}")).Read<RepairOrderResponse>();
        Assert.Equal(OrderStatus.AwaitingApproval, after.Status);
    }

    [Theory]
    [InlineData(Role.Technician)]
    [InlineData(Role.Inspector)]
    [InlineData(Role.CareAgent)]
    [InlineData(Role.Foreman)]
    public async Task HandOver_AsAnyoneButTheFrontDesk_Is403(Role role)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);

        var response = await shop.As(role).PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, order.Totals.Total));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Manager)]
    [InlineData(Role.Advisor)]
    [InlineData(Role.Foreman)]
    public async Task PassFinalInspection_AsAnyoneButTheInspector_Is403(Role role)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        order = await shop.DoAllJobsAsync(order.Id);

        var response = await shop.As(role).PostJson($"/repair-orders/{order.Id}/final-inspection", Workshop.PassingInspection(order));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StartJob_ByATechnicianItIsNotDispatchedTo_Is403NotYourJob()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        var manager = shop.As(Role.Manager);
        var other = await (await manager.PostJson("/users", new { userName = "tech" + Identifiers.Next(), displayName = "周明", role = "Technician", password = "another-technician-1" })).Read<Workshop.IdOnly>();
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = other.Id })).Read<RepairOrderResponse>();

        var response = await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start");

        await response.AssertProblem(HttpStatusCode.Forbidden, "/problems/not-assigned");
    }

    [Fact]
    public async Task OverrideGuarantee_AsAdvisor_Is403()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);

        var response = await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/guarantee-override", new { reason = "老客户" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateUser_AsAdvisor_Is403()
    {
        var response = await shop.As(Role.Advisor).PostJson("/users", new { userName = "x" + Identifiers.Next(), displayName = "x", role = "Manager", password = "a-long-password" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnyEndpoint_WithoutToken_Is401()
    {
        var anonymous = shop.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/repair-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/boards/today")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJson("/customers", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_Is401Problem()
    {
        var response = await shop.Anonymous().PostJson("/auth/token", new { userName = "advisor", password = "wrong" });
        await response.AssertProblem(HttpStatusCode.Unauthorized, "/problems/sign-in-failed");
    }

    [Fact]
    public async Task SignIn_OfADeactivatedUser_IsRefused()
    {
        var manager = shop.As(Role.Manager);
        var user = await (await manager.PostJson("/users", new { userName = "leaver" + Identifiers.Next(), displayName = "离职", role = "Advisor", password = "password-of-leaver" })).Read<Workshop.IdOnly>();
        var name = (await (await manager.GetAsync("/users")).Read<List<Api.Features.Users.UserResponse>>()).Single(u => u.Id == user.Id).UserName;
        await (await manager.PostJson($"/users/{user.Id}/deactivation")).Read<Api.Features.Users.UserResponse>();

        var response = await shop.Anonymous().PostJson("/auth/token", new { userName = name, password = "password-of-leaver" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_IsNoLongerAccepted()
    {
        var client = shop.Anonymous();
        var token = await shop.SignInAsync(shop.UserName(Role.Advisor), shop.Password(Role.Advisor));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/auth/me")).StatusCode);

        var saved = shop.Clock.GetUtcNow();
        shop.Clock.Advance(TimeSpan.FromHours(100_001));
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/auth/me")).StatusCode);
        }
        finally
        {
            shop.Clock.Set(saved);
        }
    }
}
