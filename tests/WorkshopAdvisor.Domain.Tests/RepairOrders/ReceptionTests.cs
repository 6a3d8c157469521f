using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>接车 while a guarantee on earlier work still runs: the advisor is told and must choose, not remember.</summary>
public sealed class ReceptionTests
{
    private static RepairOrder ReceiveAgain(OrderBuilder original, DateTime at, int odometerKm, bool notAWarrantyReturn = false) =>
        RepairOrder.Receive("RO-20250315-0001", original.Customer, original.Vehicle, Advisor,
            Reception(odometerKm) with { NotAWarrantyReturn = notAWarrantyReturn }, [original.Order], at);

    [Fact]
    public void Receive_WhenAGuaranteeOnEarlierWorkStillRuns_IsRefusedByTheGuaranteeRunningRuleProposingTheLink()
    {
        var original = Received().To(OrderStatus.HandedOver);

        var ex = Assert.Throws<RuleViolationException>(() => ReceiveAgain(original, original.Order.HandedOverAt!.Value.AddDays(3), ReceptionKm + 400));

        Assert.Equal(OrderRules.GuaranteeRunning, ex.Rule);
        Assert.Contains(OrderNumber, ex.Message, StringComparison.Ordinal);
        var running = Assert.Single(Assert.IsType<List<RunningGuarantee>>(ex.Facts!["runningGuarantees"]));
        Assert.Equal((OrderNumber, 1_605), (running.OrderNumber, running.KmLeft));
        Assert.Equal(original.Order.Id, ex.Facts["proposedWarrantyReturnOf"]);
    }

    [Fact]
    public void Receive_WhenAGuaranteeRunsAndTheAdvisorSaysTheVisitIsNotAReturn_IsAccepted()
    {
        var original = Received().To(OrderStatus.HandedOver);

        var order = ReceiveAgain(original, original.Order.HandedOverAt!.Value.AddDays(3), ReceptionKm + 400, notAWarrantyReturn: true);

        Assert.Equal((OrderStatus.Received, null), (order.Status, order.WarrantyReturn));
    }

    [Fact]
    public void Receive_WhenTheGuaranteesKmAreUsedUp_IsAccepted()
    {
        var original = Received().To(OrderStatus.HandedOver);

        var order = ReceiveAgain(original, original.Order.HandedOverAt!.Value.AddDays(3), original.Order.Guarantee!.EndsAtOdometerKm + 1);

        Assert.Equal(OrderStatus.Received, order.Status);
    }

    [Fact]
    public void Receive_WhenTheGuaranteesDaysHaveRunOut_IsAccepted()
    {
        var original = Received().To(OrderStatus.HandedOver);

        var order = ReceiveAgain(original, original.Order.Guarantee!.EndsAt, ReceptionKm + 400);

        Assert.Equal(OrderStatus.Received, order.Status);
    }
}
