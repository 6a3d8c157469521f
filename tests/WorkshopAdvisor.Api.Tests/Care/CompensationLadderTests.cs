using System.Net;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>
/// 赔偿: the seeds' ladder at each of its limits (the defaults: ¥500.00 the department's, ¥2,000.00 the service
/// manager's), at the limit and one fen over, through HTTP.
/// </summary>
public sealed class CompensationLadderTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Solution_AtTheDepartmentsLimit_IsSettledByTheDepartmentAndReportedToTheServiceManager()
    {
        var complaint = await shop.OpenComplaintAsync();

        var proposed = await ProposeAsync(complaint.Id, 500.00m);
        var closed = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户满意" })).Read<ComplaintResponse>();

        Assert.Equal((CompensationTier.Department, CompensationApproval.NotNeeded), (proposed.CompensationTier, proposed.CompensationApproval));
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
        var report = Assert.Single(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.CompensationReported && a.SubjectId == complaint.Id);
        Assert.Contains("¥500.00", report.Message);
    }

    [Fact]
    public async Task Solution_OneFenOverTheDepartmentsLimit_WaitsForTheServiceManagersApproval()
    {
        var complaint = await shop.OpenComplaintAsync();

        var proposed = await ProposeAsync(complaint.Id, 500.01m);
        var early = await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受" });

        Assert.Equal((CompensationTier.ServiceManager, CompensationApproval.Pending), (proposed.CompensationTier, proposed.CompensationApproval));
        await early.AssertProblem(HttpStatusCode.Conflict, "/problems/compensation-not-approved");
        Assert.Contains(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.CompensationApprovalNeeded && a.SubjectId == complaint.Id);
        Assert.DoesNotContain(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.CompensationReported && a.SubjectId == complaint.Id);
    }

    [Fact]
    public async Task CompensationDecision_AtTheServiceManagersLimit_IsTheServiceManagersToApprove()
    {
        var complaint = await shop.OpenComplaintAsync();
        await ProposeAsync(complaint.Id, 2000.00m);

        var approved = await (await shop.As(Role.Manager).PostJson($"/complaints/{complaint.Id}/compensation-decision", new { approved = true })).Read<ComplaintResponse>();

        Assert.Equal((CompensationTier.ServiceManager, CompensationApproval.Approved), (approved.CompensationTier, approved.CompensationApproval));
    }

    [Fact]
    public async Task CompensationDecision_OneFenOverTheServiceManagersLimit_IsRefusedToTheServiceManagerByGeneralManagerApprovalRequired()
    {
        var complaint = await shop.OpenComplaintAsync();
        var proposed = await ProposeAsync(complaint.Id, 2000.01m);

        var byManager = await shop.As(Role.Manager).PostJson($"/complaints/{complaint.Id}/compensation-decision", new { approved = true });

        Assert.Equal(CompensationTier.GeneralManager, proposed.CompensationTier);
        var problem = await byManager.AssertProblem(HttpStatusCode.Conflict, "/problems/general-manager-approval-required");
        Assert.Equal("SolutionProposed, compensation Pending", problem.GetProperty("currentState").GetString());
        Assert.Contains(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.CompensationAssessmentNeeded && a.SubjectId == complaint.Id);
    }

    [Fact]
    public async Task CompensationDecision_ByTheGeneralManagerBeforeATechniciansAssessment_IsRefusedByTechnicianAssessmentRequired()
    {
        var complaint = await shop.OpenComplaintAsync();
        await ProposeAsync(complaint.Id, 2000.01m);

        var response = await shop.As(Role.GeneralManager).PostJson($"/complaints/{complaint.Id}/compensation-decision", new { approved = true });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/technician-assessment-required");
        Assert.Equal(CompensationApproval.Pending, (await shop.ComplaintAsync(complaint.Id)).CompensationApproval);
    }

    [Fact]
    public async Task CompensationDecision_ByTheGeneralManagerAfterATechniciansAssessment_ApprovesAndTheComplaintCloses()
    {
        var complaint = await shop.OpenComplaintAsync();
        await ProposeAsync(complaint.Id, 2000.01m);

        var byAdvisor = await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/compensation-assessment", new { findings = "..." });
        var assessed = await (await shop.As(Role.Technician).PostJson($"/complaints/{complaint.Id}/compensation-assessment",
            new { findings = "拆检确认: 张紧器安装力矩不足, 属维修质量问题" })).Read<ComplaintResponse>();
        var gmAlert = Assert.Single(await shop.AlertsAsync(Role.GeneralManager), a => a.Kind == AlertKind.CompensationApprovalNeeded && a.SubjectId == complaint.Id);
        var approved = await (await shop.As(Role.GeneralManager).PostJson($"/complaints/{complaint.Id}/compensation-decision", new { approved = true, note = "同意" })).Read<ComplaintResponse>();
        var closed = await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受赔偿" })).Read<ComplaintResponse>();

        Assert.Equal(HttpStatusCode.Forbidden, byAdvisor.StatusCode);
        Assert.Equal(ShopFixture.DisplayName(Role.Technician), assessed.AssessedBy);
        Assert.Contains("¥2,000.01", gmAlert.Message);
        Assert.Equal(CompensationApproval.Approved, approved.CompensationApproval);
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task CompensationAssessment_OnTheServiceManagersStep_IsRefusedByNoAssessmentNeeded()
    {
        var complaint = await shop.OpenComplaintAsync();
        await ProposeAsync(complaint.Id, 2000.00m);

        var response = await shop.As(Role.Technician).PostJson($"/complaints/{complaint.Id}/compensation-assessment", new { findings = "..." });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/no-assessment-needed");
    }

    private async Task<ComplaintResponse> ProposeAsync(long complaintId, decimal compensation) =>
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaintId}/solution", new { solution = "退还部分费用并免费复检", compensation })).Read<ComplaintResponse>();
}
