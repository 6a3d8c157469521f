using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>投诉回访: "半个月后我给您打电话": closing a complaint plans the call back through the care engine.</summary>
public sealed class ComplaintFollowUpTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Closure_PlansACallBackFifteenDaysLater_ThatComesDueOnceAcrossARestart()
    {
        var (complaint, closedAt) = await ClosedComplaintAsync();
        var planned = Assert.Single(await shop.CallListAsync($"view=All&complaintId={complaint.Id}"));
        Assert.Equal((CallListKind.ComplaintFollowUp, "Planned", closedAt.AddDays(15)), (planned.Kind, planned.Status, planned.DueAt));
        Assert.DoesNotContain(await shop.CallListAsync("view=Open"), i => i.Id == planned.Id);

        await shop.RestartAsync(() => shop.Clock.Set(new DateTimeOffset(planned.DueAt, TimeSpan.Zero).AddMinutes(1)));
        await Task.WhenAll(shop.RunDueAsync(), shop.RunDueAsync(), shop.RunDueAsync());

        var due = Assert.Single(await shop.CallListAsync("view=Open"), i => i.ComplaintId == complaint.Id);
        Assert.Equal((planned.Id, CallListKind.ComplaintFollowUp, shop.StaffId(Role.CareAgent)), (due.Id, due.Kind, due.AgentId));
        Assert.Single(await shop.WorkAsync("Done"), w => w.Kind == CareTimerKind.RevisitCallDue && w.SubjectId == planned.Id);
        Assert.DoesNotContain(await shop.CallListAsync("view=Open&kind=Revisit"), i => i.Id == planned.Id);
    }

    [Fact]
    public async Task RecordOutcome_OfTheCallBackWhenTheProblemIsNotSolved_AlertsTheComplaintsOwner()
    {
        var customerId = await shop.NewCustomerAsync();
        var complaint = await (await shop.As(Role.CareAgent).PostJson("/complaints", new { customerId, description = "空调仍不制冷", ownerId = shop.StaffId(Role.Advisor) })).Read<ComplaintResponse>();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "更换空调滤芯并加注冷媒" })).Read<ComplaintResponse>();
        await (await shop.As(Role.Advisor).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受" })).Read<ComplaintResponse>();
        var call = Assert.Single(await shop.CallListAsync($"view=All&complaintId={complaint.Id}"));
        shop.Clock.Set(new DateTimeOffset(call.DueAt, TimeSpan.Zero).AddMinutes(1));
        await shop.RunDueAsync();

        var withoutAnswer = await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome", new { reached = true, satisfaction = 2 });
        var answered = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome",
            new { reached = true, satisfaction = 2, faultFixed = false, remarks = "还是不制冷" })).Read<CallOutcomeResponse>();

        await withoutAnswer.AssertFieldError("faultFixed");
        Assert.Equal((RevisitPurpose.AfterComplaint, false, complaint.Id), (answered.Call.Purpose, answered.Call.Answers.FaultFixed, answered.Call.ComplaintId));
        Assert.False(answered.Call.WarrantyReturnProposed);
        var alert = Assert.Single(await shop.AlertsAsync(Role.Advisor), a => a.Kind == AlertKind.ComplaintProblemUnsolved && a.SubjectId == complaint.Id);
        Assert.Contains("还是不制冷", alert.Message);
    }

    private async Task<(ComplaintResponse Complaint, DateTime ClosedAt)> ClosedComplaintAsync()
    {
        var complaint = await shop.OpenComplaintAsync(Role.CareAgent);
        await (await shop.As(Role.CareAgent).PostJson($"/complaints/{complaint.Id}/solution", new { solution = "免费复检并调整" })).Read<ComplaintResponse>();
        var closed = await (await shop.As(Role.CareAgent).PostJson($"/complaints/{complaint.Id}/closure", new { outcome = "客户接受" })).Read<ComplaintResponse>();
        return (closed, closed.ClosedAt!.Value);
    }
}
