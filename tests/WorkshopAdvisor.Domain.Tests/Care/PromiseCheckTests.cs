using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Domain.Tests.Care;

/// <summary>交车承诺: when the check at the promised time finds the promise broken (and alerts the advisor and the service manager).</summary>
public sealed class PromiseCheckTests
{
    private static readonly DateTime Promise = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(OrderStatus.Received)]
    [InlineData(OrderStatus.AwaitingApproval)]
    [InlineData(OrderStatus.EstimateDeclined)]
    [InlineData(OrderStatus.Approved)]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.AwaitingInspection)]
    public void IsBroken_WhenTheCarIsNotReadyAndNoDelayNoticeMovedThePromise_IsTrue(OrderStatus status) =>
        Assert.True(PromiseCheck.IsBroken(status, Promise, Promise));

    [Theory]
    [InlineData(OrderStatus.ReadyForHandover)]
    [InlineData(OrderStatus.HandedOver)]
    [InlineData(OrderStatus.Cancelled)]
    public void IsBroken_WhenTheCarPassedInspectionOrTheOrderEnded_IsFalse(OrderStatus status) =>
        Assert.False(PromiseCheck.IsBroken(status, Promise, Promise));

    [Fact]
    public void IsBroken_WhenADelayNoticeMovedThePromise_IsFalseForTheOldOne() =>
        Assert.False(PromiseCheck.IsBroken(OrderStatus.InProgress, Promise.AddDays(1), Promise));
}
