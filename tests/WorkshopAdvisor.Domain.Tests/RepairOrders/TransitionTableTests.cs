using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>
/// Walks every (status, action) pair: the methods of <see cref="RepairOrder"/> must refuse exactly what
/// <see cref="Transitions"/> says is not allowed, and accept what it allows when the arguments are valid.
/// </summary>
public sealed class TransitionTableTests
{
    public static TheoryData<OrderStatus, OrderAction> EveryPair()
    {
        var data = new TheoryData<OrderStatus, OrderAction>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var action in Enum.GetValues<OrderAction>())
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Action_WhenTakenInAnyStatus_IsRefusedExactlyWhenTheTableSaysSo(OrderStatus status, OrderAction action)
    {
        var builder = Arrange(status, action);
        Assert.Equal(status, builder.Order.Status);

        var thrown = Record.Exception(() => Invoke(builder, action));

        if (Transitions.IsAllowed(action, status))
        {
            // Every allowed pair succeeds with valid arguments: no rule inside a method refuses what the table offers.
            Assert.True(thrown is null, $"{action} in {status} is allowed by the table but threw {thrown?.GetType().Name}: {thrown?.Message}");
            // ... and ends in one of the statuses the table says it may lead to.
            Assert.Contains(builder.Order.Status, Transitions.Find(action, status)!.To);
        }
        else
        {
            var conflict = Assert.IsType<StatusConflictException>(thrown);
            Assert.Equal("status-conflict", conflict.Rule);
            Assert.Equal(action.ToString(), conflict.Action);
            Assert.Equal(status.ToString(), conflict.CurrentStatus);
            // The refusal names what this order allows now (the warranty actions only on a warranty return).
            var allowed = builder.Order.AllowedActions.Select(a => a.ToString()).ToArray();
            Assert.Equal(allowed, conflict.AllowedActions);
            Assert.Contains(status.ToString(), conflict.Message, StringComparison.Ordinal);
            foreach (var name in allowed)
            {
                Assert.Contains(name, conflict.Message, StringComparison.Ordinal);
            }
            if (allowed.Length == 0)
            {
                Assert.Contains("closed", conflict.Message, StringComparison.Ordinal);
            }
            Assert.Equal(status, builder.Order.Status);
        }
    }

    [Fact]
    public void Transitions_WhenAsked_NameEveryAction()
    {
        Assert.Equal(Enum.GetValues<OrderAction>().Order(), Transitions.AllowedFrom.Keys.Order());
    }

    [Theory]
    [InlineData(OrderStatus.HandedOver)]
    [InlineData(OrderStatus.Cancelled)]
    public void AllowedIn_WhenTheOrderIsClosed_IsEmpty(OrderStatus status)
    {
        Assert.Empty(Transitions.AllowedIn(status));
    }

    [Fact]
    public void AllowedActions_WhenTheOrderIsNoWarrantyReturn_LeaveOutTheWarrantyActions()
    {
        var order = Received().To(OrderStatus.InProgress).Order;

        Assert.DoesNotContain(OrderAction.AttributeWarrantyCause, order.AllowedActions);
        Assert.DoesNotContain(OrderAction.OverrideGuarantee, order.AllowedActions);
        Assert.Contains(OrderAction.FinishJob, order.AllowedActions);
    }

    [Fact]
    public void AllowedActions_WhenTheOrderIsAWarrantyReturn_IncludeTheWarrantyActions()
    {
        var order = WarrantyReturnOutsideGuarantee().To(OrderStatus.InProgress).Order;

        Assert.Contains(OrderAction.AttributeWarrantyCause, order.AllowedActions);
        Assert.Contains(OrderAction.OverrideGuarantee, order.AllowedActions);
    }

    [Fact]
    public void RecordDelayNotice_WhenNothingWasPromisedYet_IsNotOffered()
    {
        // Only an estimate promises a completion time, and an order never goes back to Received.
        var order = Received().To(OrderStatus.Received).Order;

        Assert.Null(order.PromisedCompletionAt);
        Assert.DoesNotContain(OrderAction.RecordDelayNotice, order.AllowedActions);
    }

    /// <summary>An order in <paramref name="status"/> on which <paramref name="action"/> has something valid to act on.</summary>
    private static OrderBuilder Arrange(OrderStatus status, OrderAction action)
    {
        var builder = action is OrderAction.AttributeWarrantyCause or OrderAction.OverrideGuarantee
            ? WarrantyReturnOutsideGuarantee()
            : Received();
        builder.To(status);
        if (status == OrderStatus.InProgress && action == OrderAction.RecordCustomerDecision)
        {
            // During the work a decision is on a supplementary estimate.
            builder.ReportExtraFault().Supplement();
        }
        if (action == OrderAction.DeclineExtraFault && Transitions.IsAllowed(action, status))
        {
            // Something found in the workshop that the customer declines without a price.
            builder.ReportExtraFault();
        }
        return builder;
    }

    private static void Invoke(OrderBuilder b, OrderAction action)
    {
        var order = b.Order;
        var now = b.Tick();
        var jobs = order.Jobs;
        int JobIn(params JobStatus[] states) => jobs.FirstOrDefault(j => states.Contains(j.Status))?.Number ?? 1;
        StaffRef TechnicianOf(int job) => jobs.FirstOrDefault(j => j.Number == job)?.Technician ?? Technician;

        switch (action)
        {
            case OrderAction.RecordDiagnosis:
                order.RecordDiagnosis(Diagnosis());
                break;
            case OrderAction.IssueEstimate:
                order.IssueEstimate(b.EstimateInput(promise: now.AddDays(2)), Advisor, now);
                break;
            case OrderAction.RecordCustomerDecision:
                var version = order.PendingVersion ?? (order.Estimates.Count > 0 ? order.Estimates[0] : null);
                order.RecordCustomerDecision(version?.Number ?? 1, version?.ContentHash, version?.Lines.Select(l => l.Number).ToArray() ?? [1], [],
                    CustomerName, DecisionMethod.InPerson, Advisor, null, now);
                break;
            case OrderAction.SignWorkOrder:
                order.SignWorkOrder(SignatureParty.Customer, CustomerName, Guid.NewGuid(), SignatureMethod.InPerson, Particulars, now);
                break;
            case OrderAction.OverrideSignature:
                order.OverrideSignature(SignatureParty.Acceptance, "车主委托司机取车，无法到店签字", Manager, Particulars, now);
                break;
            case OrderAction.DispatchJob:
                order.DispatchJob(JobIn(JobStatus.Waiting, JobStatus.Paused), OtherTechnician);
                break;
            case OrderAction.StartJob:
                var toStart = JobIn(JobStatus.Waiting, JobStatus.Paused);
                order.StartJob(toStart, TechnicianOf(toStart), false, now);
                break;
            case OrderAction.PauseJob:
                var toPause = JobIn(JobStatus.InProgress);
                order.PauseJob(toPause, "等配件", TechnicianOf(toPause), false, now);
                break;
            case OrderAction.FinishJob:
                var toFinish = JobIn(JobStatus.InProgress);
                order.FinishJob(toFinish, TechnicianOf(toFinish), false, now);
                break;
            case OrderAction.ReportExtraFault:
                order.ReportExtraFault("右前减震器漏油", null, Technician, now);
                break;
            case OrderAction.DeclineExtraFault:
                order.DeclineExtraFault(order.ExtraFaults.Count > 0 ? order.ExtraFaults[^1].Number : 1, CustomerName, Advisor, now);
                break;
            case OrderAction.IssueSupplementaryEstimate:
                order.IssueSupplementaryEstimate(b.EstimateInput(SupplementLines(), promise: now.AddDays(3)), [], Advisor, now);
                break;
            case OrderAction.RecordDelayNotice:
                var later = (order.PromisedCompletionAt is { } p && p > now ? p : now).AddDays(1);
                order.RecordDelayNotice("配件未到", later, Advisor, now);
                break;
            case OrderAction.RecordFinalInspection:
                order.RecordFinalInspection(b.AllJobsPass(), Inspector, now);
                break;
            case OrderAction.IssueCompletionCertificate:
                order.IssueCompletionCertificate("QC-2025-0002", Inspector, now);
                break;
            case OrderAction.ApproveDiscount:
                order.ApproveDiscount(100m, "老客户, 经理同意优惠", Manager, now);
                break;
            case OrderAction.HandOver:
                order.HandOver(b.PayInFull(), "ST-20250310-0002", Advisor, Policy, now);
                break;
            case OrderAction.Cancel:
                order.Cancel("客户把车开走了", now);
                break;
            case OrderAction.AttributeWarrantyCause:
                order.AttributeWarrantyCause(WarrantyCause.Workmanship, "装配不到位", Advisor, now);
                break;
            case OrderAction.OverrideGuarantee:
                order.OverrideGuarantee("老客户, 经理同意免费", Manager);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
