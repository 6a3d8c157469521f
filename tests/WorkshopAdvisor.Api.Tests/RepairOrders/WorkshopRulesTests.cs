using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.Boards;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

public sealed class WorkshopRulesTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Advisor => shop.As(Role.Advisor);

    private HttpClient Technician => shop.As(Role.Technician);

    private async Task<RepairOrderResponse> ApprovedOrderAsync(int[]? approved = null)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        approved ??= [1, 2, 3, 4];
        return await shop.DecideAsync(order.Id, 1, approved, [.. new[] { 1, 2, 3, 4 }.Except(approved)]);
    }

    private async Task DispatchAndStartAsync(long orderId, int job)
    {
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{orderId}/jobs/{job}/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
        await (await Technician.PostJson($"/repair-orders/{orderId}/jobs/{job}/start")).Read<RepairOrderResponse>();
    }

    [Fact]
    public async Task PauseAndResume_StopsTheClockWhilePaused()
    {
        var order = await ApprovedOrderAsync([1, 3, 4]);
        await DispatchAndStartAsync(order.Id, 1);
        shop.Clock.Advance(TimeSpan.FromMinutes(40));
        order = await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/pause", new { reason = "等配件" })).Read<RepairOrderResponse>();
        Assert.Equal((JobStatus.Paused, "等配件"), (order.Jobs[0].Status, order.Jobs[0].PauseReason));

        shop.Clock.Advance(TimeSpan.FromHours(2));
        await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        shop.Clock.Advance(TimeSpan.FromMinutes(25));
        order = await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/finish")).Read<RepairOrderResponse>();

        Assert.Equal(65, order.Jobs[0].ClockedMinutes);
    }

    [Fact]
    public async Task Pause_WithoutReason_Is400()
    {
        var order = await ApprovedOrderAsync();
        await DispatchAndStartAsync(order.Id, 1);

        var response = await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/pause", new { reason = " " });

        await response.AssertFieldError("reason");
    }

    [Fact]
    public async Task ExtraFault_BecomesASupplementaryEstimateWhoseWorkWaitsForApproval()
    {
        var order = await ApprovedOrderAsync([1, 3, 4]);
        await DispatchAndStartAsync(order.Id, 1);
        order = await (await Technician.PostJson($"/repair-orders/{order.Id}/extra-faults", new { description = "前刹车片磨损至2mm", jobNumber = 1 })).Read<RepairOrderResponse>();
        Assert.Equal(1, Assert.Single(order.ExtraFaults).Number);

        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/supplementary-estimates", new
        {
            labourLines = new[] { new { description = "更换前刹车片", hours = 1m, rate = 180m } },
            partLines = new[] { new { partNumber = "8W0698151", name = "前刹车片", quantity = 1m, unitPrice = 420m, grade = "Genuine" } },
            extraFaultNumbers = new[] { 1 },
        })).Read<RepairOrderResponse>();
        var supplementary = order.Estimates[^1];
        Assert.Equal((EstimateKind.Supplementary, VersionState.Pending), (supplementary.Kind, supplementary.State));
        Assert.Single(order.Jobs); // nothing to start before the customer says yes
        Assert.Equal(supplementary.Number, order.ExtraFaults[0].EstimatedInVersion);

        // Finishing the original job does not send the car to inspection while the supplement waits.
        order = await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/finish")).Read<RepairOrderResponse>();
        Assert.Equal(OrderStatus.InProgress, order.Status);

        order = await shop.DecideAsync(order.Id, supplementary.Number, [1, 2], []);
        Assert.Equal(2, order.Jobs.Count);
        Assert.Equal(450m + 180m + 1036.50m + 420m, order.Totals.Total);
    }

    [Fact]
    public async Task DeclinedSupplementaryWork_IsKeptAsDeclinedAndShownForTheNextVisit()
    {
        var order = await ApprovedOrderAsync();
        await DispatchAndStartAsync(order.Id, 1);
        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/supplementary-estimates", new
        {
            labourLines = new[] { new { description = "更换雨刮片", hours = 0.2m, rate = 180m } },
        })).Read<RepairOrderResponse>();

        order = await shop.DecideAsync(order.Id, 2, [], [1]);

        Assert.Equal(LineDecision.Declined, order.Estimates[1].LabourLines[0].Decision);
        Assert.Equal(2, order.Jobs.Count);
        var history = await Advisor.GetFromJsonAsync<List<Api.Features.Vehicles.ArchiveVisit>>($"/vehicles/{order.Vehicle.Id}/history", ShopFixture.Json);
        Assert.Contains(new Domain.RepairOrders.DeclinedItem("更换雨刮片", Safety: false), history!.Single().SuggestedForNextVisit);
    }

    [Fact]
    public async Task FailedInspection_SendsTheNamedJobBackForRework_ThenInspectsAgain()
    {
        var order = await ApprovedOrderAsync();
        order = await shop.DoAllJobsAsync(order.Id);

        order = await (await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection", new
        {
            jobChecks = new[] { new { jobNumber = 1, passed = false, remark = "异响仍在" }, new { jobNumber = 2, passed = true, remark = "" } },
            steeringOk = true, brakesOk = true, connectionsTight = true, accessoriesComplete = true, roadTestRequired = true, roadTestPassed = false,
            odometerKm = order.Reception.OdometerKm + 5,
        })).Read<RepairOrderResponse>();

        Assert.Equal(OrderStatus.InProgress, order.Status);
        Assert.Equal((JobStatus.Waiting, 1), (order.Jobs[0].Status, order.Jobs[0].ReworkCount));
        Assert.Equal(JobStatus.Done, order.Jobs[1].Status);

        await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        order = await (await Technician.PostJson($"/repair-orders/{order.Id}/jobs/1/finish")).Read<RepairOrderResponse>();
        order = await shop.PassInspectionAsync(order);
        Assert.Equal(OrderStatus.ReadyForHandover, order.Status);
        Assert.Equal([false, true], order.Inspections.Select(i => i.Passed));
    }

    [Fact]
    public async Task Inspection_ThatLeavesAJobUnchecked_Is400()
    {
        var order = await ApprovedOrderAsync();
        order = await shop.DoAllJobsAsync(order.Id);

        var response = await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection", Workshop.PassingInspection(order, [1]));

        await response.AssertFieldError("jobChecks");
    }

    [Fact]
    public async Task DelayNotice_MovesThePromiseAndTheBoardNoLongerShowsTheCarLate()
    {
        var order = await ApprovedOrderAsync();
        await DispatchAndStartAsync(order.Id, 1);
        var promised = order.PromisedCompletionAt!.Value;

        shop.Clock.Set(new DateTimeOffset(promised).AddHours(1));
        try
        {
            var board = await Advisor.GetFromJsonAsync<TodayBoardResponse>("/boards/today", ShopFixture.Json);
            Assert.Contains(board!.Late, c => c.Id == order.Id);
            Assert.Contains(board.InWorkshop, c => c.Id == order.Id && c.JobsTotal == 2 && c.Technicians.Contains("李强"));

            order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/delay-notices",
                new { reason = "配件缺货, 明日到货", newPromisedCompletionAt = new DateTimeOffset(promised).AddDays(1) })).Read<RepairOrderResponse>();

            var notice = Assert.Single(order.DelayNotices);
            Assert.False(notice.NotifiedInTime);
            board = await Advisor.GetFromJsonAsync<TodayBoardResponse>("/boards/today", ShopFixture.Json);
            Assert.DoesNotContain(board!.Late, c => c.Id == order.Id);
        }
        finally
        {
            shop.Clock.Set(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task MyJobs_ShowsATechnicianOnlyTheJobsDispatchedToThem()
    {
        var order = await ApprovedOrderAsync();
        await DispatchAndStartAsync(order.Id, 1);

        var mine = await Technician.GetFromJsonAsync<List<MyJob>>("/technicians/me/jobs", ShopFixture.Json);

        Assert.Contains(mine!, j => j.OrderId == order.Id && j.JobNumber == 1 && j.Status == JobStatus.InProgress);
        Assert.DoesNotContain(mine!, j => j.OrderId == order.Id && j.JobNumber == 2);
    }

    [Fact]
    public async Task List_FiltersByStatusTechnicianAndPlate()
    {
        var order = await ApprovedOrderAsync();
        await DispatchAndStartAsync(order.Id, 1);
        var plate = order.Vehicle.Plate!;

        var byPlate = await Advisor.GetFromJsonAsync<Api.Http.PagedList<RepairOrderListItem>>($"/repair-orders?plate={Uri.EscapeDataString(plate[1..])}", ShopFixture.Json);
        var byStatus = await Advisor.GetFromJsonAsync<Api.Http.PagedList<RepairOrderListItem>>("/repair-orders?status=InProgress&status=Approved&pageSize=100", ShopFixture.Json);
        var byTechnician = await Advisor.GetFromJsonAsync<Api.Http.PagedList<RepairOrderListItem>>($"/repair-orders?technicianId={shop.StaffId(Role.Technician)}&pageSize=100", ShopFixture.Json);

        Assert.Equal(order.Id, Assert.Single(byPlate!.Items).Id);
        Assert.Contains(byStatus!.Items, i => i.Id == order.Id);
        Assert.All(byStatus.Items, i => Assert.Contains(i.Status, new[] { OrderStatus.InProgress, OrderStatus.Approved }));
        Assert.Contains(byTechnician!.Items, i => i.Id == order.Id);
    }
}
