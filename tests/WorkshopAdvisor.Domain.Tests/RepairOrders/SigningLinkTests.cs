using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

public sealed class SigningLinkTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private const string TokenHash = "0000000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public void Create_ForThePendingVersion_IsUsableUntilItExpires()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var now = b.Tick();

        var link = SigningLink.Create(b.Order, b.Pending.Number, TokenHash, Advisor, now, Day);

        Assert.Equal(b.Pending.ContentHash, link.ContentHash);
        Assert.Equal(SigningLinkState.Usable, link.StateAt(b.Order, now + Day - TimeSpan.FromSeconds(1)));
        Assert.Equal(SigningLinkState.Expired, link.StateAt(b.Order, now + Day));
    }

    [Fact]
    public void Create_ForADecidedVersion_IsRefused()
    {
        var b = Received().To(OrderStatus.Approved);

        var ex = Assert.Throws<RuleViolationException>(() => SigningLink.Create(b.Order, 1, TokenHash, Advisor, b.Tick(), Day));

        Assert.Equal("version-not-pending", ex.Rule);
    }

    [Fact]
    public void Create_ForAVersionThatDoesNotExist_IsInvalid()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);

        Assert.Throws<InvalidValueException>(() => SigningLink.Create(b.Order, 7, TokenHash, Advisor, b.Tick(), Day));
    }

    [Fact]
    public void StateAt_WhenTheEstimateWasRevisedAfterTheLinkWasMade_IsOutdated()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var link = SigningLink.Create(b.Order, b.Pending.Number, TokenHash, Advisor, b.Tick(), Day);

        b.Estimate(b.EstimateInput(ceiling: 2_000m));

        Assert.Equal(SigningLinkState.Outdated, link.StateAt(b.Order, b.Tick()));
    }

    [Fact]
    public void StateAt_WhenTheCustomerDecidedAtTheCounterMeanwhile_IsOutdated()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var link = SigningLink.Create(b.Order, b.Pending.Number, TokenHash, Advisor, b.Tick(), Day);

        b.ApproveAll();

        Assert.Equal(SigningLinkState.Outdated, link.StateAt(b.Order, b.Tick()));
    }

    [Fact]
    public void MarkUsed_Twice_IsRefusedTheSecondTime()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var link = SigningLink.Create(b.Order, b.Pending.Number, TokenHash, Advisor, b.Tick(), Day);
        link.MarkUsed(b.Order, b.Tick());

        var ex = Assert.Throws<RuleViolationException>(() => link.MarkUsed(b.Order, b.Tick()));

        Assert.Equal("signing-link-used", ex.Rule);
        Assert.Equal(SigningLinkState.Used, link.StateAt(b.Order, b.Now));
    }

    [Fact]
    public void Revoke_AnUnusedLink_MakesItRevokedButLeavesAUsedOneAsItWas()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var unused = SigningLink.Create(b.Order, b.Pending.Number, TokenHash, Advisor, b.Tick(), Day);
        var used = SigningLink.Create(b.Order, b.Pending.Number, TokenHash, Advisor, b.Tick(), Day);
        used.MarkUsed(b.Order, b.Tick());

        unused.Revoke(b.Tick());
        used.Revoke(b.Now);

        Assert.Equal(SigningLinkState.Revoked, unused.StateAt(b.Order, b.Now));
        Assert.Equal(SigningLinkState.Used, used.StateAt(b.Order, b.Now));
        Assert.Null(used.RevokedAt);
    }

    [Fact]
    public void RecordCustomerDecision_Remotely_KeepsTheSignatureImageOnTheDecision()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var version = b.Pending;
        var image = Guid.NewGuid();

        b.Order.RecordCustomerDecision(version.Number, version.ContentHash, [1, 3], [2], CustomerName, DecisionMethod.Remote, null,
            new RemoteEvidence("203.0.113.9", "Mozilla/5.0 (iPhone)", image), b.Tick());

        Assert.Equal(image, version.Decision!.RemoteSignatureImageId);
        Assert.Equal("Mozilla/5.0 (iPhone)", version.Decision.RemoteUserAgent);
    }
}
