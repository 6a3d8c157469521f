using System.Net;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

/// <summary>Handover and warranty returns. Each test sets the clock it needs and puts it back.</summary>
public sealed class HandoverAndWarrantyTests(ShopFixture shop) : IClassFixture<ShopFixture>, IDisposable
{
    private readonly DateTimeOffset _start = shop.Clock.GetUtcNow();

    private HttpClient Advisor => shop.As(Role.Advisor);

    public void Dispose() => shop.Clock.Set(_start);

    [Fact]
    public async Task HandOver_MajorWorkWithoutCompletionCertificate_Is409()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id, RepairCategory.AssemblyRepair);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        order = await shop.PassInspectionAsync(await shop.DoAllJobsAsync(order.Id));

        var refused = await Advisor.PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, order.Totals.Total));
        await refused.AssertProblem(HttpStatusCode.Conflict, "/problems/completion-certificate-missing");

        await (await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/completion-certificate", new { number = "JG-2026-0001" })).Read<RepairOrderResponse>();
        var handedOver = await shop.HandOverAsync(order.Id, order.Totals.Total);
        Assert.Equal((20_000, 100), (handedOver.Guarantee!.Km, handedOver.Guarantee.Days));
    }

    [Theory]
    [InlineData(VehicleClass.Car, RepairCategory.Level2Maintenance, 5_000, 30)]
    [InlineData(VehicleClass.Motorcycle, RepairCategory.VehicleOverhaul, 7_000, 80)]
    [InlineData(VehicleClass.Other, RepairCategory.SpecialRepair, 700, 7)]
    public async Task HandOver_FixesTheStatutoryGuaranteeForClassAndCategory(VehicleClass vehicleClass, RepairCategory category, int km, int days)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync(vehicleClass);

        var order = await shop.HandedOverAsync(vehicleId, category);

        // Handed over on 23 November (09:30 in Beijing): the days count from the 24th and end at 24:00 of the last one.
        Assert.Equal((km, days), (order.Guarantee!.Km, order.Guarantee.Days));
        Assert.Equal(new DateOnly(2026, 11, 23).AddDays(days), order.Guarantee.LastDay);
        Assert.Equal(Beijing(order.Guarantee.LastDay.AddDays(1), 0, 0), order.Guarantee.EndsAt);
        Assert.Equal("Asia/Shanghai", order.Guarantee.TimeZone);
    }

    /// <summary>An instant given by the shop's wall clock in Beijing (UTC+8).</summary>
    private static DateTime Beijing(DateOnly day, int hour, int minute) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, minute)).AddHours(-8), DateTimeKind.Utc);

    [Fact]
    public async Task HandOver_WithDiscountAndPaymentThatDoNotAddUp_Is400()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, order.Totals.Total, discount: 76.50m));

        var message = await response.AssertFieldError("amountPaid");
        Assert.Contains("¥1,500.00 is due", message, StringComparison.Ordinal);
        var settled = await (await Advisor.PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, 1500.00m, discount: 76.50m))).Read<RepairOrderResponse>();
        Assert.Equal((1576.50m, 76.50m, 1500.00m), (settled.Settlement!.Total, settled.Settlement.Discount, settled.Settlement.AmountPaid));
    }

    [Theory]
    [InlineData(10, 23, 59, 2_000, true)]  // the last calendar day at 23:59 shop time, exactly 2,000 km from the odometer at handover
    [InlineData(11, 0, 0, 100, false)]     // 00:00 of the next day: the days have run out
    [InlineData(10, 23, 59, 2_001, false)] // one km over
    [InlineData(3, 10, 0, 2_500, false)]   // the distance is reached first
    public async Task GuaranteeDaysAndKm_WhenTheCarComesBackAtTheBoundaries_CountShopCalendarDaysAndKmFromTheOdometerAtHandover(
        int daysAfterHandoverDay, int hour, int minute, int kmSinceHandover, bool inside)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId, RepairCategory.MinorRepair, odometerKm: 30_000);
        Assert.Equal(30_005, original.Guarantee!.StartOdometerKm); // read at final inspection, after the road test

        shop.Clock.Set(new DateTimeOffset(Beijing(new DateOnly(2026, 11, 23).AddDays(daysAfterHandoverDay), hour, minute)));
        var ret = await shop.ReceiveAsync(vehicleId, 30_005 + kmSinceHandover, warrantyReturnOf: original.Id);

        Assert.Equal(inside, ret.WarrantyReturn!.InsideGuarantee);
        Assert.Equal(original.Number, ret.WarrantyReturn.OriginalOrderNumber);
        Assert.Equal((daysAfterHandoverDay, kmSinceHandover), (ret.WarrantyReturn.DaysSinceHandover, ret.WarrantyReturn.KmSinceHandover));
    }

    [Fact]
    public async Task WarrantyReturn_ForWorkmanshipInsideGuarantee_IsFreeToTheCustomer()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        shop.Clock.Advance(TimeSpan.FromDays(2));
        var ret = await shop.ReceiveAsync(vehicleId, 15_800, warrantyReturnOf: original.Id);
        await shop.DiagnoseAsync(ret.Id);
        await shop.EstimateAsync(ret.Id);
        await shop.DecideAsync(ret.Id, 1, [1, 2, 3, 4], []);
        ret = await shop.PassInspectionAsync(await shop.DoAllJobsAsync(ret.Id));

        var missingCause = await Advisor.PostJson($"/repair-orders/{ret.Id}/handover", Workshop.Handover(ret, 0m));
        await missingCause.AssertProblem(HttpStatusCode.Conflict, "/problems/warranty-cause-missing");

        await (await shop.As(Role.Inspector).PostJson($"/repair-orders/{ret.Id}/warranty-cause", new { cause = "Workmanship", notes = "张紧器安装力矩不足" })).Read<RepairOrderResponse>();
        var settled = await shop.HandOverAsync(ret.Id, 0m);

        Assert.True(settled.Settlement!.CoveredByGuarantee);
        Assert.Equal((1576.50m, 0m), (settled.Settlement.Total, settled.Settlement.AmountDue));
    }

    [Fact]
    public async Task WarrantyCause_CustomerUseAfterThreeDays_Is409TheShopRepairsFree()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        var ret = await shop.ReceiveAsync(vehicleId, 15_500, warrantyReturnOf: original.Id);

        shop.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var response = await shop.As(Role.Inspector).PostJson($"/repair-orders/{ret.Id}/warranty-cause", new { cause = "CustomerUse" });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/cause-deadline-passed");
    }

    [Fact]
    public async Task WarrantyReturn_OfAReturn_IsFlaggedAsRepeatedFailure()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        var first = await shop.ReceiveAsync(vehicleId, 15_400, warrantyReturnOf: original.Id);
        Assert.False(first.WarrantyReturn!.RepeatedFailure);
        await shop.DiagnoseAsync(first.Id);
        await shop.EstimateAsync(first.Id);
        await shop.DecideAsync(first.Id, 1, [1, 2, 3, 4], []);
        first = await shop.PassInspectionAsync(await shop.DoAllJobsAsync(first.Id));
        await (await Advisor.PostJson($"/repair-orders/{first.Id}/warranty-cause", new { cause = "Parts" })).Read<RepairOrderResponse>();
        first = await shop.HandOverAsync(first.Id, 0m);

        var second = await shop.ReceiveAsync(vehicleId, 15_600, warrantyReturnOf: first.Id);

        Assert.True(second.WarrantyReturn!.RepeatedFailure);
    }

    [Fact]
    public async Task GuaranteeOverride_ByTheManager_CoversAReturnOutsideTheGuarantee()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        shop.Clock.Advance(TimeSpan.FromDays(20));
        var ret = await shop.ReceiveAsync(vehicleId, 16_000, warrantyReturnOf: original.Id);
        Assert.False(ret.WarrantyReturn!.InsideGuarantee);

        ret = await (await shop.As(Role.Manager).PostJson($"/repair-orders/{ret.Id}/guarantee-override", new { reason = "A 类老客户, 善意维修" })).Read<RepairOrderResponse>();
        ret = await (await Advisor.PostJson($"/repair-orders/{ret.Id}/warranty-cause", new { cause = "Workmanship" })).Read<RepairOrderResponse>();

        Assert.True(ret.WarrantyReturn!.Covered);
    }

    [Fact]
    public async Task WarrantyReturn_OfAnOrderNotHandedOver_Is409()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var open = await shop.ReceiveAsync(vehicleId);
        await (await Advisor.PostJson($"/repair-orders/{open.Id}/cancellation", new { reason = "客户取消" })).Read<RepairOrderResponse>();

        var response = await Advisor.PostJson("/repair-orders", Workshop.Reception(vehicleId, 15_300, warrantyReturnOf: open.Id));

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/original-not-handed-over");
    }
}
