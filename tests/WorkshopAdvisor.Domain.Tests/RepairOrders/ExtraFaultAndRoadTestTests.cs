using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>
/// Before final inspection: every extra fault the workshop found is decided, and work on brakes, steering or
/// suspension is road-tested. At handover: every accessory of the reception list is counted back.
/// </summary>
public sealed class ExtraFaultAndRoadTestTests
{
    private static OrderBuilder WorkDoneWithAFault(bool safety = false)
    {
        var b = Received().To(OrderStatus.InProgress);
        b.Order.ReportExtraFault("左前刹车片磨损至 3 mm", 1, Technician, b.Tick(), safety);
        return b.FinishAllJobs();
    }

    private static InspectionRound Inspect(OrderBuilder b, bool roadTest = true) =>
        b.Order.RecordFinalInspection(b.AllJobsPass() with { RoadTestRequired = roadTest, RoadTestPassed = roadTest ? true : null }, Inspector, b.Tick());

    [Fact]
    public void RecordFinalInspection_WhenAnExtraFaultWasNeitherPricedNorDeclined_IsRefusedByTheExtraFaultUndecidedRule()
    {
        var b = WorkDoneWithAFault();
        Assert.Equal(OrderStatus.AwaitingInspection, b.Order.Status);

        var ex = Assert.Throws<RuleViolationException>(() => Inspect(b));

        Assert.Equal(OrderRules.ExtraFaultUndecided, ex.Rule);
        Assert.Contains("左前刹车片", ex.Message, StringComparison.Ordinal);
        Assert.Empty(b.Order.Inspections);
    }

    [Fact]
    public void RecordFinalInspection_WhenAFaultIsReportedAfterTheLastJobAndLeftUndecided_IsRefusedByTheExtraFaultUndecidedRule()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);
        b.Order.ReportExtraFault("右后轮胎鼓包", null, Technician, b.Tick(), safety: true);

        var ex = Assert.Throws<RuleViolationException>(() => Inspect(b));

        Assert.Equal(OrderRules.ExtraFaultUndecided, ex.Rule);
        Assert.Equal(nameof(OrderStatus.AwaitingInspection), ex.CurrentStatus);
        Assert.Contains(nameof(OrderAction.DeclineExtraFault), ex.AllowedActions!);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheCustomerDeclinedTheFaultOnItsOwn_PassesAndSuggestsItForTheNextVisit()
    {
        var b = WorkDoneWithAFault(safety: true);

        b.Order.DeclineExtraFault(1, CustomerName, Advisor, b.Tick());
        var round = Inspect(b);

        Assert.True(round.Passed);
        Assert.Equal(ExtraFaultStatus.Declined, b.Order.StatusOf(b.Order.ExtraFaults[0]));
        Assert.Contains(new DeclinedItem("左前刹车片磨损至 3 mm", Safety: true), b.Order.DeclinedItems);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheFaultWasApprovedOnASupplementaryEstimate_Passes()
    {
        var b = Received().To(OrderStatus.InProgress).ReportExtraFault().Supplement().ApproveAll().FinishAllJobs();

        Assert.True(Inspect(b).Passed);
        Assert.Equal(ExtraFaultStatus.Approved, b.Order.StatusOf(b.Order.ExtraFaults[0]));
    }

    [Fact]
    public void DeclineExtraFault_WhenItIsPricedOnAPendingSupplementaryEstimate_IsRefusedByTheExtraFaultNotOpenRule()
    {
        var b = Received().To(OrderStatus.InProgress).ReportExtraFault().Supplement();

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.DeclineExtraFault(1, CustomerName, Advisor, b.Tick()));

        Assert.Equal(OrderRules.ExtraFaultNotOpen, ex.Rule);
    }

    [Fact]
    public void DeclinedItems_WhenASupplementForASafetyFaultIsDeclined_MarkItsLinesAsSafety()
    {
        var b = Received().To(OrderStatus.InProgress);
        b.Order.ReportExtraFault("右前减震器漏油", 1, Technician, b.Tick(), safety: true);
        b.Supplement().DeclineAll();

        Assert.All(b.Order.DeclinedItems, i => Assert.True(i.Safety));
        Assert.Equal(["更换右前减震器", "右前减震器"], b.Order.DeclinedItems.Select(i => i.Description));
    }

    [Fact]
    public void RecordFinalInspection_WhenBrakeWorkWasNotRoadTested_IsRefusedByTheRoadTestRule()
    {
        var b = Received().To(OrderStatus.Received);
        b.Estimate(b.EstimateInput(lines: [new(LineKind.Labour, "更换前刹车片", null, 1.5m, 180m, VehicleSystem.Brakes)])).ApproveAll().FinishAllJobs();

        var ex = Assert.Throws<RuleViolationException>(() => Inspect(b, roadTest: false));
        var round = Inspect(b, roadTest: true);

        Assert.Equal(OrderRules.RoadTestRequired, ex.Rule);
        Assert.Contains("Brakes (更换前刹车片)", ex.Message, StringComparison.Ordinal);
        Assert.True(round.Passed);
    }

    [Fact]
    public void RecordFinalInspection_WhenNoWorkOnBrakesSteeringOrSuspensionWasDone_NeedsNoRoadTest()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        Assert.True(Inspect(b, roadTest: false).Passed);
    }

    [Fact]
    public void IssueEstimate_WhenAPartsLineIsMarkedWithASystem_IsRefused()
    {
        var b = Received().Diagnose();

        var ex = Assert.Throws<InvalidValueException>(() => b.Estimate(b.EstimateInput(lines: [new(LineKind.Part, "前刹车片", "BP-1", 1m, 450m, VehicleSystem.Brakes, PartGrade.Genuine)])));

        Assert.Equal("lines[0].system", ex.Field);
    }

    [Fact]
    public void HandOver_WhenEveryAccessoryIsCountedBackInNumber_RecordsTheCount()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        b.Order.HandOver(b.PayInFull() with { AccessoriesReturned = [new("脚垫", 4), new("备胎", 1)] }, "ST-1", Advisor, Policy, b.Tick());

        Assert.Equal(["脚垫 ×4", "备胎 ×1"], b.Order.AccessoriesReturned.Select(a => $"{a.Name} ×{a.Count}"));
    }

    [Fact]
    public void HandOver_WhenAnAccessoryIsOneShort_IsRefusedByTheAccessoriesMissingRule()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<RuleViolationException>(() =>
            b.Order.HandOver(b.PayInFull() with { AccessoriesReturned = [new("备胎", 1), new("脚垫", 3)] }, "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal(OrderRules.AccessoriesMissing, ex.Rule);
        Assert.Contains("脚垫 ×4 (3 counted)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.ReadyForHandover, b.Order.Status);
    }

    [Fact]
    public void HandOver_WhenTheAccessoriesWereNotCounted_IsRefused()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.HandOver(b.PayInFull() with { AccessoriesReturned = null }, "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("accessories", ex.Field);
        Assert.Contains("备胎 ×1、脚垫 ×4", ex.Message, StringComparison.Ordinal);
    }
}
