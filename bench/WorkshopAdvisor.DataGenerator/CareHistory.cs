using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;

namespace WorkshopAdvisor.DataGenerator;

/// <summary>
/// What customer care did around the generated orders, through the domain's own methods, and the engine's
/// ledger as it would stand: the revisit calls of every handover (came due, reached or not, satisfaction, the
/// seeds' questions, a fault now and then not fixed), the complaints some calls raised (solved within the 72
/// hours, or escalated when they ran out) and the calls back after them, and a timer for every moment the
/// engine looked at something: done for the past, pending for what is still ahead.
/// </summary>
internal sealed class CareHistory(Random random, Staff staff, CareRules rules, DateTime now)
{
    /// <summary>A call and the moments its timers stood for: each time it came due, and what it still waits for.</summary>
    public sealed record CallStory(RevisitCall Call, List<(DateTime DueAt, DateTime CreatedAt)> CameDue, DateTime PendingSince);

    public sealed record ComplaintStory(Complaint Complaint, DateTime? EscalatedAt, DateTime? FlaggedAt);

    /// <summary>The calls of one handover, each taken as far as the clock allows.</summary>
    public IEnumerable<CallStory> Calls(RepairOrder order)
    {
        var subject = new RevisitSubject(order.Id, order.Number, order.CustomerId, order.CustomerName, order.CustomerPhone, order.Plate,
            order.AdvisorId, order.AdvisorName, order.HandedOverAt!.Value);
        var agent = staff.CareAgent(random);
        foreach (var offset in rules.EffectiveRevisitOffsets)
        {
            yield return Take(RevisitCall.Plan(subject, offset), agent, subject.HandedOverAt);
        }
    }

    /// <summary>The call back after a closed complaint, taken as far as the clock allows.</summary>
    public CallStory? FollowUp(ComplaintStory story) =>
        story.Complaint.Status == ComplaintStatus.Closed
            ? Take(RevisitCall.FollowUp(story.Complaint, rules.ComplaintFollowUpDelay), staff.CareAgent(random), story.Complaint.ClosedAt!.Value)
            : null;

    /// <summary>The advisor's alert for a revisit that heard the original fault is back: propose a warranty return.</summary>
    public static Alert? WarrantyReturnAlert(CallStory story) =>
        story.Call is { ProposesWarrantyReturn: true, AdvisorId: { } advisor, OrderId: { } orderId } call
            ? Alert.Raise(AlertKind.WarrantyReturnProposed, advisor, nameof(RepairOrder), orderId, $"call-{call.Id}",
                $"返修建议 Revisit of {call.OrderNumber} ({call.Plate ?? "-"}, {call.CustomerName} {call.CustomerPhone}): the original fault is not fixed. Propose a warranty return of {call.OrderNumber} to the customer.", call.ClosedAt!.Value)
            : null;

    private CallStory Take(RevisitCall call, StaffRef agent, DateTime plannedAt)
    {
        var cameDue = new List<(DateTime, DateTime)>();
        while (call.Status == RevisitCallStatus.Planned && call.DueAt <= now)
        {
            var due = call.DueAt;
            call.ComeDue(agent, due);
            cameDue.Add((due, plannedAt));
            var calledAt = due.AddMinutes(random.Next(10, 8 * 60));
            if (calledAt > now)
            {
                break; // in today's call list
            }
            if (random.Next(100) < 15)
            {
                call.RecordOutcome(new CallOutcomeInput(false, null, "无人接听", false), agent, rules, calledAt);
                plannedAt = calledAt;
                continue;
            }
            var satisfaction = Satisfaction();
            var complaint = call.Purpose == RevisitPurpose.AfterHandover && satisfaction <= 2 && random.Next(100) < 7;
            call.RecordOutcome(new CallOutcomeInput(true, satisfaction, Remark(satisfaction), complaint, Answers(satisfaction)), agent, rules, calledAt);
        }
        return new CallStory(call, cameDue, plannedAt);
    }

    /// <summary>The seeds' questions, answered much as satisfaction suggests: an unhappy customer's fault is now and then not fixed.</summary>
    private RevisitAnswers Answers(int satisfaction) =>
        new(random.Next(100) < 97, satisfaction <= 3 && random.Next(100) < 30, satisfaction >= 3, !(satisfaction <= 2 && random.Next(100) < 40));

    /// <summary>The complaint a reached call raised, handled as the shop does most of the time, and sometimes too slowly.</summary>
    public ComplaintStory Complaint(RevisitCall call)
    {
        var openedAt = call.ClosedAt!.Value;
        var agent = new StaffRef(call.AgentId!.Value, call.AgentName!);
        var complaint = Domain.Care.Complaint.Open(new ComplaintSubject(call.CustomerId, call.CustomerName, call.CustomerPhone, call.OrderId, call.OrderNumber, call.AdvisorId),
            ComplaintSource.Revisit, call.Id, $"回访投诉: {call.Remarks}", agent, null, rules, openedAt);
        complaint.RecordStep(ComplaintStep.Listened, null, agent, openedAt);
        complaint.RecordStep(ComplaintStep.Apologised, null, agent, openedAt);
        var advisor = staff.ById(call.AdvisorId!.Value);
        var manager = staff.Manager;
        if (random.Next(100) < 95)
        {
            var proposedAt = openedAt.AddHours(random.Next(2, 70));
            if (proposedAt <= now)
            {
                complaint.RecordStep(ComplaintStep.FactsClarified, "查阅维修档案并与技师核实", advisor, proposedAt.AddHours(-1));
                Settle(complaint, advisor, Role.Advisor, proposedAt);
            }
            return new ComplaintStory(complaint, null, null);
        }
        if (complaint.SolutionDueAt > now)
        {
            return new ComplaintStory(complaint, null, null);
        }
        var escalatedAt = complaint.SolutionDueAt;
        complaint.EscalateForMissedDeadline(manager, rules, escalatedAt);
        var answeredAt = escalatedAt.AddHours(random.Next(2, 60));
        DateTime? flaggedAt = null;
        if (complaint.AnswerDueAt is { } answerDue && answeredAt > answerDue && answerDue <= now)
        {
            complaint.FlagMissedAnswer(answerDue);
            flaggedAt = answerDue;
        }
        if (answeredAt <= now)
        {
            Settle(complaint, manager, Role.Manager, answeredAt);
        }
        return new ComplaintStory(complaint, escalatedAt, flaggedAt);
    }

    /// <summary>The engine's timers for a call: done for each time it came due, pending if it is still planned.</summary>
    public static IEnumerable<CareTimer> CallTimers(CallStory story)
    {
        var call = story.Call;
        foreach (var (dueAt, createdAt) in story.CameDue)
        {
            yield return Done(CareTimer.Plan(CareTimerKind.RevisitCallDue, call.Id, dueAt, createdAt), $"call {call.Id} due for {call.AgentName}", dueAt);
        }
        if (call.Status == RevisitCallStatus.Planned)
        {
            yield return CareTimer.Plan(CareTimerKind.RevisitCallDue, call.Id, call.DueAt, story.PendingSince);
        }
    }

    /// <summary>The engine's timers for a complaint, and the alerts its escalations raised.</summary>
    public (IEnumerable<CareTimer> Timers, IEnumerable<Alert> Alerts) ComplaintTimers(ComplaintStory story)
    {
        var complaint = story.Complaint;
        var timers = new List<CareTimer>();
        var alerts = new List<Alert>();
        var solution = CareTimer.Plan(CareTimerKind.ComplaintSolutionDeadline, complaint.Id, complaint.SolutionDueAt, complaint.OpenedAt);
        if (complaint.SolutionDueAt <= now)
        {
            Done(solution, story.EscalatedAt is null
                ? $"nothing to do: complaint {complaint.Id} has a solution, is escalated or closed"
                : $"complaint {complaint.Id} escalated to {staff.Manager.Name}", complaint.SolutionDueAt);
        }
        timers.Add(solution);
        if (story.EscalatedAt is { } escalatedAt)
        {
            alerts.Add(Alert.Raise(AlertKind.ComplaintEscalated, staff.Manager.UserId, nameof(Domain.Care.Complaint), complaint.Id, nameof(EscalationKind.SolutionDeadlineMissed),
                $"投诉升级 Complaint of {complaint.CustomerName} escalated to you: no solution proposed within the deadline ({complaint.SolutionDueAt:u}). Answer due {complaint.AnswerDueAt:u}.", escalatedAt));
            var answerDue = complaint.AnswerDueAt!.Value;
            var answer = CareTimer.Plan(CareTimerKind.ComplaintAnswerDeadline, complaint.Id, answerDue, escalatedAt);
            if (answerDue <= now)
            {
                Done(answer, story.FlaggedAt is null
                    ? $"nothing to do: complaint {complaint.Id} was answered, closed or flagged already"
                    : $"complaint {complaint.Id} flagged: answer overdue", answerDue);
            }
            timers.Add(answer);
            if (story.FlaggedAt is { } flaggedAt)
            {
                alerts.Add(Alert.Raise(AlertKind.ComplaintAnswerOverdue, staff.Manager.UserId, nameof(Domain.Care.Complaint), complaint.Id, nameof(EscalationKind.AnswerDeadlineMissed),
                    $"投诉超时 The escalated complaint of {complaint.CustomerName} was due an answer at {answerDue:u}.", flaggedAt));
            }
        }
        return (timers, alerts);
    }

    /// <summary>
    /// The late-delivery and missed-promise checks of an order still in the shop, as the save reaction plans them;
    /// those already due are left pending, for the API's start-up sweep to run (and to warn the advisor, and at
    /// the promise the service manager, if the car is indeed late).
    /// </summary>
    public IEnumerable<CareTimer> PromiseChecks(RepairOrder order) =>
        order.PromisedCompletionAt is { } promise && PromiseCheck.IsNotReady(order.Status)
            ?
            [
                CareTimer.Plan(CareTimerKind.LateDeliveryCheck, order.Id, Max(promise - rules.LateWarningLeadTime, order.ReceivedAt), order.ReceivedAt, promise),
                CareTimer.Plan(CareTimerKind.PromiseMissedCheck, order.Id, Max(promise, order.ReceivedAt), order.ReceivedAt, promise),
            ]
            : [];

    /// <summary>The ABC plan as it stands today: the last contact that reached the customer, within their class's interval.</summary>
    public CareContact? LastContact(Customer customer)
    {
        var interval = rules.ContactInterval(customer.Class);
        var at = now - TimeSpan.FromMinutes(random.NextDouble() * interval.TotalMinutes * 1.1);
        if (at <= customer.CreatedAt)
        {
            customer.RefreshNextCareContact(rules);
            return null;
        }
        return customer.LogCareContact(true, "例行关怀回访", staff.CareAgent(random), rules, at);
    }

    private void Settle(Complaint complaint, StaffRef by, Role role, DateTime at)
    {
        var compensation = random.Next(100) switch { < 60 => 0m, < 90 => random.Next(1, 10) * 50m, < 98 => random.Next(6, 20) * 100m, _ => random.Next(21, 60) * 100m };
        complaint.ProposeSolution(compensation == 0 ? "免费复检并重新调整" : "免费复检, 赠送保养工时券", compensation, by, role, rules, at);
        var settledAt = at;
        if (complaint.CompensationTier == CompensationTier.GeneralManager)
        {
            complaint.RecordAssessment("技师现场鉴定: 属维修质量问题", staff.Technician(random), at.AddHours(20));
            settledAt = at.AddHours(26);
            complaint.DecideCompensation(true, null, staff.GeneralManager, Role.GeneralManager, settledAt);
        }
        else if (complaint.CompensationApproval == CompensationApproval.Pending)
        {
            settledAt = at.AddHours(2);
            complaint.DecideCompensation(true, null, staff.Manager, Role.Manager, settledAt);
        }
        var closeAt = settledAt.AddHours(random.Next(4, 48));
        if (closeAt <= now)
        {
            complaint.RecordStep(ComplaintStep.SolutionAgreed, null, by, closeAt);
            complaint.RecordStep(ComplaintStep.Thanked, null, by, closeAt);
            complaint.Close("客户接受处理方案", by, role, closeAt);
        }
    }

    private int Satisfaction() => random.Next(100) switch { < 62 => 5, < 88 => 4, < 96 => 3, < 99 => 2, _ => 1 };

    private static string Remark(int satisfaction) => satisfaction switch
    {
        5 => "非常满意",
        4 => "满意, 等待时间稍长",
        3 => "一般, 价格偏高",
        _ => "不满意: 故障未完全排除",
    };

    private static CareTimer Done(CareTimer timer, string outcome, DateTime at)
    {
        timer.Complete(outcome, at);
        return timer;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
