using System.Net;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

/// <summary>A refusal says why, and <c>allowedActions</c> offers only what would not be refused for the order's sake.</summary>
public sealed class RefusalsThatSayWhyTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Advisor => shop.As(Role.Advisor);

    private HttpClient Technician => shop.As(Role.Technician);

    /// <summary>Labour line 1 and the parts approved, job 1 under way with the technician.</summary>
    private async Task<RepairOrderResponse> InTheWorkshopAsync()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 3, 4], [2]);
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
        return await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
    }

    private async Task<RepairOrderResponse> WithExtraWorkWaitingAsync(long orderId) =>
        await (await Advisor.PostJson($"/repair-orders/{orderId}/supplementary-estimates", new
        {
            labourLines = new[] { new { description = "更换前刹车片", hours = 1m, rate = 180m } },
            partLines = new[] { new { partNumber = "8W0698151", name = "前刹车片", quantity = 1m, unitPrice = 420m } },
        })).Read<RepairOrderResponse>();

    [Fact]
    public async Task StartJob_OnExtraWorkStillAwaitingTheCustomersApproval_Is409SayingSo()
    {
        var order = await WithExtraWorkWaitingAsync((await InTheWorkshopAsync()).Id);

        var response = await Technician.PostJson($"/repair-orders/{order.Id}/jobs/2/start");

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/awaiting-customer-approval");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("supplementary estimate version 2", detail, StringComparison.Ordinal);
        Assert.Contains("customer's approval", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartJob_OnAJobThatNeverExisted_IsStill404()
    {
        var order = await InTheWorkshopAsync();

        var response = await Technician.PostJson($"/repair-orders/{order.Id}/jobs/7/start");

        await response.AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task AllowedActions_WhileWorkIsUnderWayAndNothingWaitsForTheCustomer_LeaveOutTheDecision()
    {
        var order = await InTheWorkshopAsync();
        Assert.Equal(OrderStatus.InProgress, order.Status);
        Assert.DoesNotContain(OrderAction.RecordCustomerDecision, order.AllowedActions);
        var decided = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates/1/decision", new { approvedLines = new[] { 1, 2, 3, 4 }, decidedBy = "张伟" });
        await decided.AssertProblem(HttpStatusCode.Conflict, "/problems/version-not-pending");

        order = await WithExtraWorkWaitingAsync(order.Id);

        Assert.Contains(OrderAction.RecordCustomerDecision, order.AllowedActions);
        order = await shop.DecideAsync(order.Id, 2, [1, 2], []);
        Assert.DoesNotContain(OrderAction.RecordCustomerDecision, order.AllowedActions);
    }

    [Fact]
    public async Task AllowedActions_OnAReturnInsideItsGuarantee_LeaveOutTheOverride_WhichIsRefused()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        var back = await shop.ReceiveAsync(vehicleId, odometerKm: 15_400, warrantyReturnOf: original.Id);
        Assert.True(back.WarrantyReturn!.InsideGuarantee);

        Assert.Contains(OrderAction.AttributeWarrantyCause, back.AllowedActions);
        Assert.DoesNotContain(OrderAction.OverrideGuarantee, back.AllowedActions);
        var response = await shop.As(Role.Manager).PostJson($"/repair-orders/{back.Id}/guarantee-override", new { reason = "老客户" });
        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/inside-guarantee");
    }

    [Fact]
    public async Task AllowedActions_BeforeTheDiagnosis_LeaveOutTheEstimate()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);

        Assert.DoesNotContain(OrderAction.IssueEstimate, order.AllowedActions);
        Assert.Contains(OrderAction.RecordDiagnosis, order.AllowedActions);
        Assert.Contains(OrderAction.IssueEstimate, (await shop.DiagnoseAsync(order.Id)).AllowedActions);
    }
}
