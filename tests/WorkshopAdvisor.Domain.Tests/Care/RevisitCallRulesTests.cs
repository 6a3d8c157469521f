using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Domain.Tests.Care;

/// <summary>回访: the seeds' questions on every reached call, the warranty return a fault not fixed proposes, and the call back after a complaint.</summary>
public sealed class RevisitCallRulesTests
{
    private static readonly DateTime HandedOver = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly StaffRef Agent = new(5, "刘洋");
    private static readonly CareRules Rules = new();
    private static readonly RevisitAnswers AllWell = new(UsedCorrectly: true, BadConditionSince: false, MetExpectations: true, FaultFixed: true);

    private static RevisitCall DueCall()
    {
        var call = RevisitCall.Plan(new RevisitSubject(20, "RO-20261123-0001", 10, "张伟", "13812345678", "京A12345", 2, "王芳", HandedOver), TimeSpan.FromDays(3));
        call.ComeDue(Agent, call.DueAt);
        return call;
    }

    private static Complaint ClosedComplaint()
    {
        var complaint = Complaint.Open(new ComplaintSubject(10, "张伟", "13812345678", 20, "RO-20261123-0001", 2),
            ComplaintSource.CareAgent, null, "异响", Agent, null, Rules, HandedOver.AddDays(3));
        complaint.ProposeSolution("免费复检", 0m, Agent, Role.CareAgent, Rules, HandedOver.AddDays(3).AddHours(1));
        complaint.Close("客户接受", Agent, Role.CareAgent, HandedOver.AddDays(4));
        return complaint;
    }

    [Theory]
    [InlineData("usedCorrectly")]
    [InlineData("badConditionSince")]
    [InlineData("metExpectations")]
    [InlineData("faultFixed")]
    public void RecordOutcome_WhenReachedAfterHandoverAndAQuestionIsUnanswered_IsRefusedNamingTheQuestion(string question)
    {
        var call = DueCall();
        var answers = question switch
        {
            "usedCorrectly" => AllWell with { UsedCorrectly = null },
            "badConditionSince" => AllWell with { BadConditionSince = null },
            "metExpectations" => AllWell with { MetExpectations = null },
            _ => AllWell with { FaultFixed = null },
        };

        var ex = Assert.Throws<InvalidValueException>(() => call.RecordOutcome(new CallOutcomeInput(true, 4, null, false, answers), Agent, Rules, call.DueAt.AddHours(1)));

        Assert.Equal(question, ex.Field);
        Assert.Equal(RevisitCallStatus.Due, call.Status);
    }

    [Fact]
    public void RecordOutcome_WhenReachedWithEveryAnswer_KeepsTheAnswersAndProposesNothing()
    {
        var call = DueCall();

        call.RecordOutcome(new CallOutcomeInput(true, 5, "很满意", false, AllWell), Agent, Rules, call.DueAt.AddHours(1));

        Assert.Equal((true, false, true, true), (call.UsedCorrectly, call.BadConditionSince, call.MetExpectations, call.FaultFixed));
        Assert.False(call.ProposesWarrantyReturn);
    }

    [Fact]
    public void RecordOutcome_WhenTheOriginalFaultIsNotFixed_ProposesAWarrantyReturnOfTheOrder()
    {
        var call = DueCall();

        call.RecordOutcome(new CallOutcomeInput(true, 2, "异响又出现了", false, AllWell with { FaultFixed = false }), Agent, Rules, call.DueAt.AddHours(1));

        Assert.True(call.ProposesWarrantyReturn);
        Assert.Contains("warranty return of RO-20261123-0001 proposed", call.RecordedChanges[^1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordOutcome_WhenNotReachedButAnswered_IsRefused()
    {
        var call = DueCall();

        var ex = Assert.Throws<InvalidValueException>(() => call.RecordOutcome(new CallOutcomeInput(false, null, null, false, AllWell), Agent, Rules, call.DueAt.AddHours(1)));

        Assert.Equal("answers", ex.Field);
    }

    [Fact]
    public void FollowUp_WhenTheComplaintIsClosed_IsPlannedTheShopsDelayAfterTheClosure()
    {
        var complaint = ClosedComplaint();

        var call = RevisitCall.FollowUp(complaint, Rules.ComplaintFollowUpDelay);

        Assert.Equal(RevisitPurpose.AfterComplaint, call.Purpose);
        Assert.Equal(complaint.ClosedAt!.Value.AddDays(15), call.DueAt);
        Assert.Equal((complaint.OrderId, complaint.OrderNumber, complaint.CustomerPhone), (call.OrderId, call.OrderNumber, call.CustomerPhone));
        Assert.Null(call.AdvisorId);
    }

    [Fact]
    public void FollowUp_WhenTheComplaintIsStillOpen_IsRefusedByComplaintNotClosed()
    {
        var open = Complaint.Open(new ComplaintSubject(10, "张伟", "13812345678", null, null, null), ComplaintSource.CareAgent, null, "异响", Agent, null, Rules, HandedOver);

        var ex = Assert.Throws<RuleViolationException>(() => RevisitCall.FollowUp(open, Rules.ComplaintFollowUpDelay));

        Assert.Equal("complaint-not-closed", ex.Rule);
    }

    [Fact]
    public void RecordOutcome_AfterAComplaint_AsksOnlyWhetherItsProblemIsSolved()
    {
        var call = RevisitCall.FollowUp(ClosedComplaint(), Rules.ComplaintFollowUpDelay);
        call.ComeDue(Agent, call.DueAt);

        var unanswered = Assert.Throws<InvalidValueException>(() => call.RecordOutcome(new CallOutcomeInput(true, 3, null, false), Agent, Rules, call.DueAt));
        call.RecordOutcome(new CallOutcomeInput(true, 2, "还是有异响", false, RevisitAnswers.None with { FaultFixed = false }), Agent, Rules, call.DueAt);

        Assert.Equal("faultFixed", unanswered.Field);
        Assert.True(call.ComplaintProblemUnsolved);
        Assert.False(call.ProposesWarrantyReturn);
    }
}
