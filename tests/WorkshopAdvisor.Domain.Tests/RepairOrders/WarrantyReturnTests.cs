using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>返修: a car comes back with a problem on work done here. The original is a minor repair on a car: 2,000 km or 10 days.</summary>
public sealed class WarrantyReturnTests
{
    /// <summary>A fresh original each time: the vehicle's odometer only moves forward, so returns cannot share one.</summary>
    private static OrderBuilder ReturnAfter(TimeSpan elapsed, int km)
    {
        var original = Received().To(OrderStatus.HandedOver);
        return WarrantyReturnOf(original, original.Order.HandedOverAt!.Value + elapsed, ReceptionKm + km);
    }

    private static OrderBuilder Inside() => ReturnAfter(TimeSpan.FromDays(3), 300);

    private static OrderBuilder Outside() => ReturnAfter(TimeSpan.FromDays(30), 300);

    [Fact]
    public void ReceiveWarrantyReturn_WhenBackAfterSomeDaysAndKm_RecordsHowFarSinceHandoverInCalendarDays()
    {
        // Handed over in the evening (shop time); 4.5 days later is the morning of the fifth calendar day after.
        var claim = ReturnAfter(TimeSpan.FromDays(4.5), 321).Order.WarrantyReturn!;

        // The km since handover run from the odometer read after the road test, 5 km past reception.
        Assert.Equal((5, 316, true, false), (claim.DaysSinceHandover, claim.KmSinceHandover, claim.InsideGuarantee, claim.RepeatedFailure));
        Assert.Equal(OrderNumber, claim.OriginalOrderNumber);
    }

    [Theory]
    [InlineData(3600, 2_005, true)] // exactly 2,000 km past the odometer at handover (reception + 5)
    [InlineData(3600, 2_006, false)] // one km over
    [InlineData(9 * 24 * 3600, 2_500, false)] // the km run out first
    [InlineData(11 * 24 * 3600, 50, false)] // the days run out first
    public void ReceiveWarrantyReturn_WhenBackAtTheKmLimitOrPastEitherLimit_IsInsideOnlyWithinBoth(int seconds, int km, bool inside)
    {
        var claim = ReturnAfter(TimeSpan.FromSeconds(seconds), km).Order.WarrantyReturn!;

        Assert.Equal(inside, claim.InsideGuarantee);
    }

    [Fact]
    public void ReceiveWarrantyReturn_WhenTheOriginalWasItselfAReturn_IsARepeatedFailure()
    {
        var first = ReturnAfter(TimeSpan.FromDays(2), 100).To(OrderStatus.HandedOver);

        var second = WarrantyReturnOf(first, first.Order.HandedOverAt!.Value.AddDays(2), ReceptionKm + 200);

        Assert.True(second.Order.WarrantyReturn!.RepeatedFailure);
        Assert.Equal(first.Order.Number, second.Order.WarrantyReturn.OriginalOrderNumber);
    }

    [Theory]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.ReadyForHandover)]
    [InlineData(OrderStatus.Cancelled)]
    public void ReceiveWarrantyReturn_WhenTheOriginalWasNotHandedOver_IsRefused(OrderStatus status)
    {
        var original = Received().To(status);

        var ex = Assert.Throws<RuleViolationException>(() => WarrantyReturnOf(original, original.Tick(), ReceptionKm + 10));

        Assert.Equal("original-not-handed-over", ex.Rule);
    }

    [Fact]
    public void AttributeWarrantyCause_WhenCustomerUseIsClaimedWithinThreeDays_IsAccepted()
    {
        var b = Inside();
        var deadline = b.Order.WarrantyReturn!.CauseDeadline;
        Assert.Equal(b.Order.ReceivedAt.AddDays(3), deadline);

        b.Order.AttributeWarrantyCause(WarrantyCause.CustomerUse, "机油型号不符", Advisor, deadline);

        Assert.Equal(WarrantyCause.CustomerUse, b.Order.WarrantyReturn.Cause);
        Assert.Equal((deadline, Advisor.Name), (b.Order.WarrantyReturn.CauseAttributedAt, b.Order.WarrantyReturn.CauseAttributedByName));
    }

    [Fact]
    public void AttributeWarrantyCause_WhenCustomerUseIsClaimedAfterTheThreeDays_IsRefused()
    {
        var b = Inside();
        var late = b.Order.WarrantyReturn!.CauseDeadline.AddSeconds(1);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.AttributeWarrantyCause(WarrantyCause.CustomerUse, null, Advisor, late));

        Assert.Equal("cause-deadline-passed", ex.Rule);
        Assert.Null(b.Order.WarrantyReturn.Cause);
    }

    [Theory]
    [InlineData(WarrantyCause.Workmanship)]
    [InlineData(WarrantyCause.Parts)]
    public void AttributeWarrantyCause_WhenTheShopTakesTheBlameAfterTheThreeDays_IsAccepted(WarrantyCause cause)
    {
        var b = Inside();

        b.Order.AttributeWarrantyCause(cause, null, Advisor, b.Order.WarrantyReturn!.CauseDeadline.AddDays(1));

        Assert.Equal(cause, b.Order.WarrantyReturn.Cause);
    }

    [Fact]
    public void AttributeWarrantyCause_WhenTheOrderIsNoWarrantyReturn_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.AttributeWarrantyCause(WarrantyCause.Workmanship, null, Advisor, b.Tick()));

        Assert.Equal("not-a-warranty-return", ex.Rule);
    }

    [Theory]
    [InlineData(true, WarrantyCause.Workmanship, false, true)]
    [InlineData(true, WarrantyCause.Parts, false, true)]
    [InlineData(true, WarrantyCause.CustomerUse, false, false)]
    [InlineData(false, WarrantyCause.Workmanship, false, true)] // the shop's own workmanship is never charged
    [InlineData(false, WarrantyCause.Parts, false, false)]
    [InlineData(false, WarrantyCause.Workmanship, true, true)]
    [InlineData(false, WarrantyCause.Parts, true, true)]
    [InlineData(false, WarrantyCause.CustomerUse, true, false)]
    public void Covered_WhenCauseGuaranteeAndOverrideCombine_IsTrueForWorkmanshipAndForPartsInsideOrOverridden(bool inside, WarrantyCause cause, bool overridden, bool covered)
    {
        var b = inside ? Inside() : Outside();
        if (overridden)
        {
            b.Order.OverrideGuarantee("老客户, 经理同意", Manager);
        }

        b.Order.AttributeWarrantyCause(cause, null, Advisor, b.Tick());

        Assert.Equal(covered, b.Order.WarrantyReturn!.Covered);
    }

    [Fact]
    public void Covered_WhenNoCauseIsAttributedYet_IsFalse()
    {
        Assert.False(Inside().Order.WarrantyReturn!.Covered);
    }

    [Fact]
    public void OverrideGuarantee_WhenTheReturnIsInsideTheGuarantee_IsRefused()
    {
        var b = Inside();

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.OverrideGuarantee("经理同意", Manager));

        Assert.Equal("inside-guarantee", ex.Rule);
        Assert.Null(b.Order.WarrantyReturn!.OverrideReason);
    }

    [Fact]
    public void OverrideGuarantee_WhenOutsideTheGuarantee_RecordsTheManagerAndReason()
    {
        var b = Outside();

        b.Order.OverrideGuarantee("老客户, 经理同意", Manager);

        Assert.Equal(("老客户, 经理同意", Manager.Name), (b.Order.WarrantyReturn!.OverrideReason, b.Order.WarrantyReturn.OverriddenByName));
    }

    [Fact]
    public void OverrideGuarantee_WhenNoReasonIsGiven_IsRefused()
    {
        var b = Outside();

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.OverrideGuarantee(" ", Manager));

        Assert.Equal("reason", ex.Field);
    }

    [Fact]
    public void HandOver_WhenTheReturnIsCovered_ChargesNothing()
    {
        var b = Inside().To(OrderStatus.ReadyForHandover);
        b.Order.AttributeWarrantyCause(WarrantyCause.Workmanship, "装配不到位", Advisor, b.Tick());

        var settlement = b.Order.HandOver(Settle(0m, 0m, null, CustomerName), "ST-R-1", Advisor, Policy, b.Tick());

        Assert.True(settlement.CoveredByGuarantee);
        Assert.Equal((920m, 0m, 0m), (settlement.Total, settlement.AmountDue, settlement.AmountPaid));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("920")]
    public void HandOver_WhenTheReturnIsAtTheShopsCostButSomethingIsPaid_IsRefusedByTheAtShopsCostRule(string paid)
    {
        var b = Inside().To(OrderStatus.ReadyForHandover);
        b.Order.AttributeWarrantyCause(WarrantyCause.Parts, null, Advisor, b.Tick());

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(
            Settle(0m, decimal.Parse(paid, System.Globalization.CultureInfo.InvariantCulture), "现金", CustomerName), "ST-R-1", Advisor, Policy, b.Tick()));

        Assert.Equal(OrderRules.AtShopsCost, ex.Rule);
        Assert.Equal(nameof(OrderStatus.ReadyForHandover), ex.CurrentStatus);
        Assert.Contains(nameof(OrderAction.HandOver), ex.AllowedActions!);
    }

    [Fact]
    public void HandOver_WhenWorkmanshipIsTheCauseOutsideTheGuarantee_ChargesNothing()
    {
        // 200 days on: no guarantee runs, but the shop has written that its own work failed.
        var b = WarrantyReturnOutsideGuarantee().To(OrderStatus.ReadyForHandover);
        b.Order.AttributeWarrantyCause(WarrantyCause.Workmanship, "螺栓力矩不足", Inspector, b.Tick());

        var charged = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(Settle(0m, 920m, "现金", CustomerName), "ST-R-1", Advisor, Policy, b.Tick()));
        var settlement = b.Order.HandOver(Settle(0m, 0m, null, CustomerName), "ST-R-1", Advisor, Policy, b.Tick());

        Assert.Equal(OrderRules.AtShopsCost, charged.Rule);
        Assert.Equal((true, 0m), (settlement.CoveredByGuarantee, settlement.AmountDue));
    }

    [Theory]
    [InlineData(WarrantyCause.Workmanship)]
    [InlineData(WarrantyCause.Parts)]
    [InlineData(WarrantyCause.CustomerUse)]
    public void HandOver_WhenTheRepairFailedTwice_ChargesNothingWhateverTheCause(WarrantyCause cause)
    {
        var first = ReturnAfter(TimeSpan.FromDays(2), 100).To(OrderStatus.HandedOver);
        var second = WarrantyReturnOf(first, first.Order.HandedOverAt!.Value.AddDays(40), ReceptionKm + 200).To(OrderStatus.ReadyForHandover);
        second.Order.AttributeWarrantyCause(cause, null, Inspector, second.Order.ReceivedAt.AddHours(1));

        var charged = Assert.Throws<RuleViolationException>(() => second.Order.HandOver(Settle(0m, 0.01m, "现金", CustomerName), "ST-R-2", Advisor, Policy, second.Tick()));
        var settlement = second.Order.HandOver(Settle(0m, 0m, null, CustomerName), "ST-R-2", Advisor, Policy, second.Tick());

        Assert.True(second.Order.WarrantyReturn!.RepeatedFailure);
        Assert.Equal(OrderRules.AtShopsCost, charged.Rule);
        Assert.Equal(0m, settlement.AmountDue);
    }

    [Fact]
    public void HandOver_WhenTheCauseIsCustomerUse_ChargesTheCustomer()
    {
        var b = Inside().To(OrderStatus.ReadyForHandover);
        b.Order.AttributeWarrantyCause(WarrantyCause.CustomerUse, "涉水行驶", Advisor, b.Tick());

        var settlement = b.Order.HandOver(Settle(0m, 920m, "现金", CustomerName), "ST-R-1", Advisor, Policy, b.Tick());

        Assert.False(settlement.CoveredByGuarantee);
        Assert.Equal(920m, settlement.AmountDue);
    }
}
