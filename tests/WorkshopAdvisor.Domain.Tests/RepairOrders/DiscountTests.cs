using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>The front desk may give up to 10 % of the charges (¥92.00 of ¥920.00) as a discount; above that, the service manager approves.</summary>
public sealed class DiscountTests
{
    private static Settlement HandOverWithDiscount(OrderBuilder b, decimal discount) =>
        b.Order.HandOver(Settle(discount, 920m - discount, "微信", CustomerName), "ST-1", Advisor, Policy, b.Tick());

    [Fact]
    public void HandOver_WhenTheDiscountIsExactlyTheFrontDesksShare_IsAccepted()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var settlement = HandOverWithDiscount(b, 92m);

        Assert.Equal(828m, settlement.AmountDue);
    }

    [Fact]
    public void HandOver_WhenTheDiscountIsOneFenOverTheShare_IsRefusedByTheDiscountApprovalRule()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<RuleViolationException>(() => HandOverWithDiscount(b, 92.01m));

        Assert.Equal(OrderRules.DiscountNeedsApproval, ex.Rule);
        Assert.Contains("10 %", ex.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(OrderStatus.ReadyForHandover), ex.CurrentStatus);
        Assert.Contains(nameof(OrderAction.ApproveDiscount), ex.AllowedActions!);
        Assert.Null(b.Order.Settlement);
    }

    [Fact]
    public void HandOver_WhenTheManagerApprovedExactlyThatDiscount_IsAccepted()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        b.Order.ApproveDiscount(150m, "老客户，首次返厂", Manager, b.Tick());

        var settlement = HandOverWithDiscount(b, 150m);

        Assert.Equal(770m, settlement.AmountDue);
        Assert.Equal((150m, Manager.Name), (b.Order.DiscountApproval!.Amount, b.Order.DiscountApproval.ApprovedByName));
    }

    [Fact]
    public void HandOver_WhenTheDiscountIsOneFenOverWhatTheManagerApproved_IsRefusedByTheDiscountApprovalRule()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        b.Order.ApproveDiscount(150m, "老客户，首次返厂", Manager, b.Tick());

        var ex = Assert.Throws<RuleViolationException>(() => HandOverWithDiscount(b, 150.01m));

        Assert.Equal(OrderRules.DiscountNeedsApproval, ex.Rule);
        Assert.Contains("¥150.00 the manager approved", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveDiscount_WhenMoreThanTheCharges_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.ApproveDiscount(920.01m, "全免", Manager, b.Tick()));

        Assert.Equal("amount", ex.Field);
    }

    [Fact]
    public void ApproveDiscount_WhenNoReasonIsGiven_IsRefused()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.ApproveDiscount(100m, " ", Manager, b.Tick()));

        Assert.Equal("reason", ex.Field);
    }
}
