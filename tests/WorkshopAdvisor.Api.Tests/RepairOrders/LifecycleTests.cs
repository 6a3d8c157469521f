using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

public sealed class LifecycleTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task WholeVisit_FromReceptionToHandover_SettlesApprovedLinesAndStartsGuarantee()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();

        var order = await shop.ReceiveAsync(vehicleId);
        Assert.Equal(OrderStatus.Received, order.Status);
        Assert.Matches(@"^RO-\d{8}-\d{4}$", order.Number);

        await shop.DiagnoseAsync(order.Id);
        order = await shop.EstimateAsync(order.Id);
        Assert.Equal(OrderStatus.AwaitingApproval, order.Status);
        var estimate = Assert.Single(order.Estimates);
        Assert.Equal(540.00m, estimate.LabourTotal);
        Assert.Equal(1036.50m, estimate.PartsTotal);
        Assert.Matches("^[0-9a-f]{64}$", estimate.ContentHash);

        // The customer declines the oil change (labour line 2) but takes the rest.
        order = await shop.DecideAsync(order.Id, 1, [1, 3, 4], [2]);
        Assert.Equal(OrderStatus.Approved, order.Status);
        var job = Assert.Single(order.Jobs);
        Assert.Equal("更换正时链条张紧器", job.Description);

        order = await shop.DoAllJobsAsync(order.Id);
        Assert.Equal(OrderStatus.AwaitingInspection, order.Status);

        shop.Clock.Advance(TimeSpan.FromHours(3));
        order = await shop.PassInspectionAsync(order);
        Assert.Equal(OrderStatus.ReadyForHandover, order.Status);

        order = await shop.HandOverAsync(order.Id, 1486.50m);
        Assert.Equal(OrderStatus.HandedOver, order.Status);
        Assert.NotNull(order.Settlement);
        Assert.Equal(450.00m, order.Settlement.LabourSubtotal);
        Assert.Equal(1036.50m, order.Settlement.PartsSubtotal);
        Assert.Equal(1486.50m, order.Settlement.AmountDue);
        Assert.Matches(@"^JS-\d{8}-\d{4}$", order.Settlement.Number);
        Assert.NotNull(order.Guarantee);
        Assert.Equal(2_000, order.Guarantee.Km);
        Assert.Equal(10, order.Guarantee.Days);
        // From the odometer as the car left (read at final inspection, after the road test), not at reception.
        Assert.Equal((15_235, 15_235 + 2_000), (order.Guarantee.StartOdometerKm, order.Guarantee.EndsAtOdometerKm));
        Assert.Empty(order.AllowedActions);
    }

    [Fact]
    public async Task Audit_AfterEachAction_RecordsWhoInWhichRoleAndTheStatusBeforeAndAfter()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);

        var audit = await shop.As(Role.Manager).GetFromJsonAsync<List<AuditEntryResponse>>($"/repair-orders/{order.Id}/audit", ShopFixture.Json);

        Assert.NotNull(audit);
        Assert.Equal(["Receive", "RecordDiagnosis", "IssueEstimate", "RecordCustomerDecision"], audit.Take(4).Select(a => a.Action));
        var decision = audit[3];
        Assert.Equal(("王芳", "Advisor", "AwaitingApproval", "Approved"), (decision.ActorName, decision.ActorRole, decision.FromState, decision.ToState));
        var inspection = audit.Single(a => a.Action == "RecordFinalInspection");
        Assert.Equal(("赵敏", "Inspector", "AwaitingInspection", "ReadyForHandover"), (inspection.ActorName, inspection.ActorRole, inspection.FromState, inspection.ToState));
        Assert.Contains(audit, a => a is { Action: "StartJob", ActorRole: "Technician", ToState: "InProgress" });
    }

    [Fact]
    public async Task Restart_AfterOrdersWereSaved_KeepsEverything()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var before = await shop.ReadyForHandoverAsync(vehicleId);

        await shop.RestartAsync();

        var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{before.Id}")).Read<RepairOrderResponse>();
        Assert.Equal(before.Number, after.Number);
        Assert.Equal(OrderStatus.ReadyForHandover, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Estimates.Single().ContentHash, after.Estimates.Single().ContentHash);
        Assert.Equal(before.Jobs.Select(j => (j.Number, j.Status, j.ClockedMinutes)), after.Jobs.Select(j => (j.Number, j.Status, j.ClockedMinutes)));
        Assert.Equal(before.Reception.Accessories.Count, after.Reception.Accessories.Count);
        var handedOver = await shop.HandOverAsync(before.Id, before.Totals.Total);
        Assert.Equal(OrderStatus.HandedOver, handedOver.Status);
    }

    [Fact]
    public async Task Get_WhenOrderDoesNotExist_Is404Problem()
    {
        var response = await shop.As(Role.Advisor).GetAsync("/repair-orders/999999");
        await response.AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }
}
