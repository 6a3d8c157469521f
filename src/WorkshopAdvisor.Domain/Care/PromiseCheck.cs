using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Domain.Care;

/// <summary>
/// 交车承诺: what the late-delivery warning (before the promise) and the missed-promise alert (at it) ask of
/// an order. A promise still stands when no delay notice or new estimate replaced it; it is kept once the car
/// has passed final inspection, whether or not the customer has collected it.
/// </summary>
public static class PromiseCheck
{
    /// <summary>Not ready for handover: still in the shop's hands.</summary>
    public static readonly IReadOnlyList<OrderStatus> NotReady =
        [OrderStatus.Received, OrderStatus.AwaitingApproval, OrderStatus.EstimateDeclined, OrderStatus.Approved, OrderStatus.InProgress, OrderStatus.AwaitingInspection];

    public static bool IsNotReady(OrderStatus status) => NotReady.Contains(status);

    /// <summary>The promise a check was planned for is being broken: it is still the order's promise, and the car is not ready.</summary>
    public static bool IsBroken(OrderStatus status, DateTime? currentPromise, DateTime checkedPromise) =>
        currentPromise == checkedPromise && IsNotReady(status);
}
