using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Domain.Tests.Care;

/// <summary>投诉: first-contact ownership, the escalated complaint that only the service manager (or above) answers, and the compensation ladder at each of its limits.</summary>
public sealed class ComplaintRulesTests
{
    private static readonly DateTime Opened = new(2026, 11, 23, 1, 30, 0, DateTimeKind.Utc);
    private static readonly StaffRef Agent = new(5, "刘洋");
    private static readonly StaffRef Advisor = new(2, "王芳");
    private static readonly StaffRef Manager = new(1, "孙经理");
    private static readonly StaffRef GeneralManager = new(7, "郑建国");
    private static readonly StaffRef Technician = new(3, "李强");
    private static readonly CareRules Rules = new();

    private static Complaint Open(StaffRef? owner = null) => Complaint.Open(
        new ComplaintSubject(10, "张伟", "13812345678", 20, "RO-20261123-0001", Advisor.UserId),
        ComplaintSource.CareAgent, null, "交车后仍有异响", Agent, owner, Rules, Opened);

    private static Complaint Escalated()
    {
        var complaint = Open();
        complaint.Escalate("客户要求赔偿，超出顾问权限", Manager, Rules, Opened.AddHours(1));
        return complaint;
    }

    [Fact]
    public void Open_WhenNobodyIsNamed_IsOwnedByWhoeverOpenedItUnderFirstContactOwnership()
    {
        var complaint = Open();

        Assert.Equal((Agent.UserId, Agent.Name), (complaint.OwnerId!.Value, complaint.OwnerName!));
    }

    [Fact]
    public void Open_WhenGivenToSomeone_IsOwnedByThemUnderFirstContactOwnership()
    {
        var complaint = Open(owner: Advisor);

        Assert.Equal(Advisor.UserId, complaint.OwnerId);
        Assert.Equal(Agent.Name, complaint.OpenedByName);
    }

    [Fact]
    public void Escalate_WhenOwnedByItsFirstContact_HandsOwnershipToTheServiceManager()
    {
        var complaint = Escalated();

        Assert.Equal(Manager.UserId, complaint.OwnerId);
    }

    [Fact]
    public void EscalateForMissedDeadline_WhenNoManagerIsActive_KeepsTheFirstContactOwner()
    {
        var complaint = Open();

        complaint.EscalateForMissedDeadline(null, Rules, complaint.SolutionDueAt);

        Assert.Equal(Agent.UserId, complaint.OwnerId);
    }

    [Theory]
    [InlineData(Role.Advisor)]
    [InlineData(Role.CareAgent)]
    public void ProposeSolution_WhenEscalatedAndProposedBelowTheServiceManager_IsRefusedByEscalatedComplaintManagerOnlyAndTheClockRuns(Role role)
    {
        var complaint = Escalated();

        var ex = Assert.Throws<RuleViolationException>(() => complaint.ProposeSolution("免费返修", 0m, Advisor, role, Rules, Opened.AddHours(2)));

        Assert.Equal("escalated-complaint-manager-only", ex.Rule);
        Assert.Equal("Open, escalated", ex.CurrentState);
        Assert.Null(complaint.AnsweredAt);
        Assert.Null(complaint.ProposedSolution);
        Assert.Equal(complaint.AnswerDueAt, complaint.CurrentDeadline);
    }

    [Theory]
    [InlineData(Role.Manager)]
    [InlineData(Role.GeneralManager)]
    public void ProposeSolution_WhenEscalatedAndProposedByTheServiceManagerOrAbove_AnswersUnderEscalatedComplaintManagerOnly(Role role)
    {
        var complaint = Escalated();

        complaint.ProposeSolution("免费返修并赠送保养", 0m, Manager, role, Rules, Opened.AddHours(2));

        Assert.Equal(Opened.AddHours(2), complaint.AnsweredAt);
        Assert.Null(complaint.CurrentDeadline);
    }

    [Fact]
    public void Close_WhenEscalatedAndClosedBelowTheServiceManager_IsRefusedByEscalatedComplaintManagerOnly()
    {
        var complaint = Open();
        complaint.ProposeSolution("免费返修", 0m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));
        complaint.Escalate("客户不接受方案", Manager, Rules, Opened.AddHours(2));

        var ex = Assert.Throws<RuleViolationException>(() => complaint.Close("客户接受", Advisor, Role.Advisor, Opened.AddHours(3)));

        Assert.Equal("escalated-complaint-manager-only", ex.Rule);
        Assert.Equal(ComplaintStatus.SolutionProposed, complaint.Status);
        Assert.Equal(complaint.AnswerDueAt, complaint.CurrentDeadline);
        Assert.True(complaint.AnswerDeadlineMissed(complaint.AnswerDueAt!.Value));
    }

    [Fact]
    public void ProposeSolutionAndClose_WhenNotEscalated_AreTheAdvisorsUnderEscalatedComplaintManagerOnly()
    {
        var complaint = Open();

        complaint.ProposeSolution("免费返修", 0m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));
        complaint.Close("客户接受", Advisor, Role.Advisor, Opened.AddHours(2));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Theory]
    [InlineData("0", CompensationTier.None, CompensationApproval.NotNeeded)]
    [InlineData("500.00", CompensationTier.Department, CompensationApproval.NotNeeded)]
    [InlineData("500.01", CompensationTier.ServiceManager, CompensationApproval.Pending)]
    [InlineData("2000.00", CompensationTier.ServiceManager, CompensationApproval.Pending)]
    [InlineData("2000.01", CompensationTier.GeneralManager, CompensationApproval.Pending)]
    public void ProposeSolution_AtEachLimitOfTheCompensationLadderAndOneFenOver_StandsOnItsStep(string amount, CompensationTier tier, CompensationApproval approval)
    {
        var complaint = Open();

        complaint.ProposeSolution("退还部分工时费", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Advisor, Role.Advisor, Rules, Opened.AddHours(1));

        Assert.Equal((tier, approval), (complaint.CompensationTier, complaint.CompensationApproval));
        Assert.Equal(tier == CompensationTier.Department, complaint.CompensationToReport);
    }

    [Fact]
    public void Close_WhenTheCompensationIsOnTheLaddersDepartmentStep_NeedsNoApproval()
    {
        var complaint = Open();
        complaint.ProposeSolution("赠送保养一次", 500.00m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));

        complaint.Close("客户满意", Advisor, Role.Advisor, Opened.AddHours(2));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void DecideCompensation_WhenAnAdvisorDecides_IsRefusedByServiceManagerApprovalRequired()
    {
        var complaint = Open();
        complaint.ProposeSolution("退还工时费", 500.01m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));

        var ex = Assert.Throws<RuleViolationException>(() => complaint.DecideCompensation(true, null, Advisor, Role.Advisor, Opened.AddHours(2)));

        Assert.Equal("service-manager-approval-required", ex.Rule);
        Assert.Equal(CompensationApproval.Pending, complaint.CompensationApproval);
    }

    [Theory]
    [InlineData(Role.Manager)]
    [InlineData(Role.GeneralManager)]
    public void DecideCompensation_AtTheServiceManagersLimit_IsApprovedByTheServiceManagerOrAboveUnderServiceManagerApprovalRequired(Role role)
    {
        var complaint = Open();
        complaint.ProposeSolution("退还工时费", 2000.00m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));

        complaint.DecideCompensation(true, "同意", Manager, role, Opened.AddHours(2));

        Assert.Equal(CompensationApproval.Approved, complaint.CompensationApproval);
    }

    [Fact]
    public void DecideCompensation_WhenOneFenOverTheServiceManagersLimit_IsRefusedToTheServiceManagerByGeneralManagerApprovalRequired()
    {
        var complaint = Open();
        complaint.ProposeSolution("更换总成并赔偿误工", 2000.01m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));
        complaint.RecordAssessment("属维修质量问题", Technician, Opened.AddHours(5));

        var ex = Assert.Throws<RuleViolationException>(() => complaint.DecideCompensation(true, null, Manager, Role.Manager, Opened.AddHours(6)));

        Assert.Equal("general-manager-approval-required", ex.Rule);
        Assert.Equal(CompensationApproval.Pending, complaint.CompensationApproval);
    }

    [Fact]
    public void DecideCompensation_WhenTheGeneralManagerApprovesBeforeTheAssessment_IsRefusedByTechnicianAssessmentRequired()
    {
        var complaint = Open();
        complaint.ProposeSolution("更换总成并赔偿误工", 2000.01m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));

        var ex = Assert.Throws<RuleViolationException>(() => complaint.DecideCompensation(true, null, GeneralManager, Role.GeneralManager, Opened.AddHours(2)));

        Assert.Equal("technician-assessment-required", ex.Rule);
        Assert.Equal("SolutionProposed, compensation Pending", ex.CurrentState);
    }

    [Fact]
    public void DecideCompensation_WhenTheGeneralManagerApprovesAfterTheAssessment_IsApprovedUnderTechnicianAssessmentRequired()
    {
        var complaint = Open();
        complaint.ProposeSolution("更换总成并赔偿误工", 2000.01m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));
        complaint.RecordAssessment("拆检确认: 属维修质量问题", Technician, Opened.AddHours(5));

        complaint.DecideCompensation(true, "同意赔偿", GeneralManager, Role.GeneralManager, Opened.AddHours(6));
        complaint.Close("客户接受赔偿", Advisor, Role.Advisor, Opened.AddHours(7));

        Assert.Equal((Technician.Name, "拆检确认: 属维修质量问题"), (complaint.AssessedByName!, complaint.AssessmentFindings!));
        Assert.Equal(CompensationApproval.Approved, complaint.CompensationApproval);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void Close_WhenTheGeneralManagersApprovalIsPending_IsRefusedByCompensationNotApproved()
    {
        var complaint = Open();
        complaint.ProposeSolution("更换总成并赔偿误工", 3000m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));
        complaint.RecordAssessment("属维修质量问题", Technician, Opened.AddHours(5));

        var ex = Assert.Throws<RuleViolationException>(() => complaint.Close("客户接受", Advisor, Role.Advisor, Opened.AddHours(6)));

        Assert.Equal("compensation-not-approved", ex.Rule);
    }

    [Fact]
    public void RecordAssessment_WhenTheCompensationIsOnTheServiceManagersStep_IsRefusedByNoAssessmentNeeded()
    {
        var complaint = Open();
        complaint.ProposeSolution("退还工时费", 2000.00m, Advisor, Role.Advisor, Rules, Opened.AddHours(1));

        var ex = Assert.Throws<RuleViolationException>(() => complaint.RecordAssessment("...", Technician, Opened.AddHours(2)));

        Assert.Equal("no-assessment-needed", ex.Rule);
        Assert.Null(complaint.AssessedAt);
    }

    [Fact]
    public void CompensationTierOf_WithTheShopsOwnLimits_FollowsThemAndRefusesThemOutOfOrder()
    {
        var rules = new CareRules { CompensationDepartmentLimit = 200m, CompensationManagerLimit = 1000m };

        decimal[] amounts = [200m, 200.01m, 1000m, 1000.01m];

        Assert.Equal(
            [CompensationTier.Department, CompensationTier.ServiceManager, CompensationTier.ServiceManager, CompensationTier.GeneralManager],
            amounts.Select(rules.CompensationTierOf));
        Assert.Contains("Care:CompensationManagerLimit must not be below Care:CompensationDepartmentLimit",
            new CareRules { CompensationDepartmentLimit = 800m, CompensationManagerLimit = 500m }.Problems());
    }
}
