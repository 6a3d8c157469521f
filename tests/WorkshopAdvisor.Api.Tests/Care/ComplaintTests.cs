using System.Net;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>投诉: a solution within 72 hours or automatic escalation; the manager's answer within 2 days; compensation approval.</summary>
public sealed class ComplaintTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Open_AsAnAdvisor_RecordsTheComplaintWithA72HourDeadline()
    {
        var complaint = await shop.OpenComplaintAsync(Role.Advisor);

        Assert.Equal(ComplaintStatus.Open, complaint.Status);
        Assert.Equal(ComplaintSource.Advisor, complaint.Source);
        Assert.Equal(complaint.OpenedAt + TimeSpan.FromHours(72), complaint.SolutionDueAt);
        Assert.Equal(complaint.SolutionDueAt, complaint.CurrentDeadline);
        Assert.False(complaint.IsEscalated);
    }

    [Fact]
    public async Task Open_AsATechnician_Returns403()
    {
        var customerId = await shop.NewCustomerAsync();

        var response = await shop.As(Role.Technician).PostJson("/complaints", new { customerId, description = "..." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_WithoutADescription_Returns400()
    {
        var customerId = await shop.NewCustomerAsync();

        var response = await shop.As(Role.CareAgent).PostJson("/complaints", new { customerId, description = " " });

        await response.AssertFieldError("description");
    }

    [Fact]
    public async Task Deadline_WhenItPassesWithoutASolution_EscalatesToTheManagerAndFlagsTheComplaint()
    {
        var complaint = await shop.OpenComplaintAsync(Role.CareAgent);
        shop.Clock.Advance(TimeSpan.FromHours(71));
        await shop.RunDueAsync();
        Assert.False((await shop.ComplaintAsync(complaint.Id)).IsEscalated);

        shop.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await shop.RunDueAsync();
        await shop.RunDueAsync();

        var escalated = await shop.ComplaintAsync(complaint.Id);
        Assert.True(escalated.IsEscalated);
        Assert.True(escalated.IsFlagged);
        Assert.Equal(shop.StaffId(Role.Manager), escalated.OwnerId);
        Assert.Equal(EscalationKind.SolutionDeadlineMissed, Assert.Single(escalated.Escalations).Kind);
        Assert.Equal(escalated.EscalatedAt + TimeSpan.FromDays(2), escalated.AnswerDueAt);
        Assert.Equal(escalated.AnswerDueAt, escalated.CurrentDeadline);
        var alert = Assert.Single(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.ComplaintEscalated && a.SubjectId == complaint.Id);
        Assert.Null(alert.AcknowledgedAt);
    }

    [Fact]
    public async Task Deadline_WhenASolutionWasProposedInTime_DoesNotEscalate()
    {
        var complaint = await shop.OpenComplaintAsync();
        shop.Clock.Advance(TimeSpan.FromHours(10));
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "免费复检并更换刹车片", compensation = 0 })).Read<ComplaintResponse>();

        shop.Clock.Advance(TimeSpan.FromHours(70));
        await shop.RunDueAsync();

        var after = await shop.ComplaintAsync(complaint.Id);
        Assert.False(after.IsEscalated);
        Assert.False(after.IsFlagged);
        Assert.Null(after.CurrentDeadline);
        Assert.Contains(await shop.WorkAsync("Done"), w => w.SubjectId == complaint.Id && w.Outcome!.StartsWith("nothing to do", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EscalatedComplaint_WhenTheManagerDoesNotAnswerWithin2Days_IsFlaggedOnceAndTheManagerAlerted()
    {
        var complaint = await shop.OpenComplaintAsync();
        var escalated = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/escalation", new { reason = "客户要求赔偿，超出顾问权限" })).Read<ComplaintResponse>();
        Assert.Equal(EscalationKind.Manual, Assert.Single(escalated.Escalations).Kind);
        Assert.False(escalated.IsFlagged);

        shop.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));
        await shop.RunDueAsync();
        shop.Clock.Advance(TimeSpan.FromDays(2));
        await shop.RunDueAsync();

        var overdue = await shop.ComplaintAsync(complaint.Id);
        Assert.True(overdue.IsFlagged);
        Assert.Equal([EscalationKind.Manual, EscalationKind.AnswerDeadlineMissed], overdue.Escalations.Select(e => e.Kind));
        Assert.Single(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.ComplaintAnswerOverdue && a.SubjectId == complaint.Id);
    }

    [Theory]
    [InlineData(Role.Advisor)]
    [InlineData(Role.CareAgent)]
    public async Task Solution_WhenEscalatedAndProposedBelowTheServiceManager_Returns409EscalatedComplaintManagerOnlyAndTheManagersClockRuns(Role role)
    {
        var complaint = await shop.OpenComplaintAsync();
        var escalated = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/escalation", new { reason = "客户要求赔偿，超出顾问权限" })).Read<ComplaintResponse>();

        var answer = await shop.As(role).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "免费返修", compensation = 0 });

        var problem = await answer.AssertProblem(HttpStatusCode.Conflict, "/problems/escalated-complaint-manager-only");
        Assert.Equal("Open, escalated", problem.GetProperty("currentState").GetString());
        var after = await shop.ComplaintAsync(complaint.Id);
        Assert.Null(after.AnsweredAt);
        Assert.Equal(escalated.AnswerDueAt, after.CurrentDeadline);
        shop.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));
        await shop.RunDueAsync();
        Assert.True((await shop.ComplaintAsync(complaint.Id)).IsFlagged);
    }

    [Fact]
    public async Task Closure_WhenEscalatedAndClosedByAnAdvisor_Returns409EscalatedComplaintManagerOnly()
    {
        var complaint = await shop.OpenComplaintAsync();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "免费复检" })).Read<ComplaintResponse>();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/escalation", new { reason = "客户不接受方案" })).Read<ComplaintResponse>();

        var byAdvisor = await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受" });

        await byAdvisor.AssertProblem(HttpStatusCode.Conflict, "/problems/escalated-complaint-manager-only");
        Assert.Equal(ComplaintStatus.SolutionProposed, (await shop.ComplaintAsync(complaint.Id)).Status);
    }

    [Theory]
    [InlineData(Role.Manager)]
    [InlineData(Role.GeneralManager)]
    public async Task Solution_WhenEscalatedAndProposedByTheServiceManagerOrAbove_AnswersItUnderEscalatedComplaintManagerOnly(Role role)
    {
        var complaint = await shop.OpenComplaintAsync();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/escalation", new { reason = "超出权限" })).Read<ComplaintResponse>();

        var answered = await (await shop.As(role).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "免费返修并赠送保养" })).Read<ComplaintResponse>();
        var closed = await (await shop.As(role).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受" })).Read<ComplaintResponse>();

        Assert.NotNull(answered.AnsweredAt);
        Assert.Null(answered.CurrentDeadline);
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task Open_WhenNobodyIsNamed_IsOwnedByWhoeverOpenedItUnderFirstContactOwnership()
    {
        var complaint = await shop.OpenComplaintAsync(Role.CareAgent);

        Assert.Equal((shop.StaffId(Role.CareAgent), ShopFixture.DisplayName(Role.CareAgent)), (complaint.OwnerId!.Value, complaint.OwnerName!));
        var listed = await (await shop.As(Role.Advisor).GetAsync("/complaints?pageSize=100")).Read<PagedList<ComplaintListItem>>();
        Assert.Equal(ShopFixture.DisplayName(Role.CareAgent), Assert.Single(listed.Items, i => i.Id == complaint.Id).OwnerName);
    }

    [Fact]
    public async Task Open_WhenGivenToAnAdvisor_IsOwnedByThemUnderFirstContactOwnership()
    {
        var customerId = await shop.NewCustomerAsync();

        var complaint = await (await shop.As(Role.CareAgent).PostJson("/complaints", new { customerId, description = "电话投诉: 等待时间过长", ownerId = shop.StaffId(Role.Advisor) })).Read<ComplaintResponse>();
        var toTechnician = await shop.As(Role.CareAgent).PostJson("/complaints", new { customerId, description = "...", ownerId = shop.StaffId(Role.Technician) });

        Assert.Equal((shop.StaffId(Role.Advisor), ShopFixture.DisplayName(Role.CareAgent)), (complaint.OwnerId!.Value, complaint.OpenedBy));
        await toTechnician.AssertFieldError("ownerId");
        var advisorsOwn = await (await shop.As(Role.Advisor).GetAsync("/complaints?mine=true&pageSize=100")).Read<PagedList<ComplaintListItem>>();
        var agentsOwn = await (await shop.As(Role.CareAgent).GetAsync("/complaints?mine=true&pageSize=100")).Read<PagedList<ComplaintListItem>>();
        Assert.Contains(advisorsOwn.Items, i => i.Id == complaint.Id);
        Assert.DoesNotContain(agentsOwn.Items, i => i.Id == complaint.Id);
    }

    [Fact]
    public async Task Escalate_WhenAlreadyEscalated_Returns409()
    {
        var complaint = await shop.OpenComplaintAsync();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/escalation", new { reason = "超出权限" })).Read<ComplaintResponse>();

        var again = await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/escalation", new { reason = "again" });

        await again.AssertProblem(HttpStatusCode.Conflict, "/problems/already-escalated");
    }

    [Fact]
    public async Task Compensation_AboveTheThreshold_NeedsTheManagersApprovalBeforeClosure()
    {
        var complaint = await shop.OpenComplaintAsync();
        var proposed = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "退还工时费", compensation = 800.00m })).Read<ComplaintResponse>();
        Assert.Equal(CompensationApproval.Pending, proposed.CompensationApproval);
        Assert.Contains(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.CompensationApprovalNeeded && a.SubjectId == complaint.Id);

        var early = await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受" });
        await early.AssertProblem(HttpStatusCode.Conflict, "/problems/compensation-not-approved");
        var byAdvisor = await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/compensation-decision", new { approved = true });
        Assert.Equal(HttpStatusCode.Forbidden, byAdvisor.StatusCode);

        var approved = await (await shop.As(Role.Manager).PostJson($"/complaints/{complaint.Id}/compensation-decision", new { approved = true, note = "同意" })).Read<ComplaintResponse>();
        Assert.Equal(CompensationApproval.Approved, approved.CompensationApproval);
        var closed = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受退还工时费" })).Read<ComplaintResponse>();
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task Compensation_AtOrBelowTheThreshold_NeedsNoApproval()
    {
        var complaint = await shop.OpenComplaintAsync();

        var proposed = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "赠送保养一次", compensation = 500.00m })).Read<ComplaintResponse>();

        Assert.Equal(CompensationApproval.NotNeeded, proposed.CompensationApproval);
        var closed = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户满意" })).Read<ComplaintResponse>();
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task Steps_RecordedInTurn_AreKeptWithWhoAndWhenAndEachOnlyOnce()
    {
        var complaint = await shop.OpenComplaintAsync(Role.CareAgent);
        var agent = shop.As(Role.CareAgent);
        await (await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "Listened", note = "耐心倾听" })).Read<ComplaintResponse>();
        await (await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "Apologised" })).Read<ComplaintResponse>();
        await (await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "FactsClarified" })).Read<ComplaintResponse>();
        var early = await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "SolutionAgreed" });
        await early.AssertProblem(HttpStatusCode.Conflict, "/problems/no-solution-proposed");
        await (await agent.PostJson($"/complaints/{complaint.Id}/solution", new { solution = "免费返修" })).Read<ComplaintResponse>();
        await (await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "SolutionAgreed" })).Read<ComplaintResponse>();
        var done = await (await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "Thanked" })).Read<ComplaintResponse>();

        Assert.Equal([ComplaintStep.Listened, ComplaintStep.Apologised, ComplaintStep.FactsClarified, ComplaintStep.SolutionAgreed, ComplaintStep.Thanked], done.Steps.Select(s => s.Step));
        Assert.All(done.Steps, s => Assert.Equal(ShopFixture.DisplayName(Role.CareAgent), s.By));
        var twice = await agent.PostJson($"/complaints/{complaint.Id}/steps", new { step = "Thanked" });
        await twice.AssertProblem(HttpStatusCode.Conflict, "/problems/step-already-recorded");
    }

    [Fact]
    public async Task OpenComplaints_AreListedByTheDeadlineThatRunsNow()
    {
        var later = await shop.OpenComplaintAsync();
        shop.Clock.Advance(TimeSpan.FromMinutes(1));
        var escalated = await shop.OpenComplaintAsync();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{escalated.Id}/escalation", new { reason = "超出权限" })).Read<ComplaintResponse>();

        var list = await (await shop.As(Role.Manager).GetAsync("/complaints?pageSize=100")).Read<PagedList<ComplaintListItem>>();

        var ours = list.Items.Where(i => i.Id == later.Id || i.Id == escalated.Id).ToList();
        Assert.Equal([escalated.Id, later.Id], ours.Select(i => i.Id));
        Assert.Equal(list.Items.Where(i => i.CurrentDeadline is not null).Select(i => i.CurrentDeadline).Order(), list.Items.Where(i => i.CurrentDeadline is not null).Select(i => i.CurrentDeadline));
    }
}
