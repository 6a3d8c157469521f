using System.Net;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>The revisit plan: planned at handover, due at its time into the call list, worked by the care agents.</summary>
public sealed class RevisitCallTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task HandOver_WhenTheCarIsHandedOver_PlansOneCallPerDefaultOffset()
    {
        var (orderId, handedOverAt) = await shop.HandOverACarAsync();

        var calls = await shop.CallsOfOrderAsync(orderId);

        Assert.Equal([3, 7, 30, 90, 180, 365], calls.Select(c => (int)(c.DueAt - handedOverAt).TotalDays));
        Assert.All(calls, c => Assert.Equal(RevisitCallStatus.Planned, c.Status));
        Assert.All(calls, c => Assert.Equal(ShopFixture.DisplayName(Role.Advisor), c.AdvisorName));
        Assert.Equal(["3 day(s)", "1 week", "1 month(s)", "3 month(s)", "6 month(s)", "1 year"], calls.Select(c => c.Offset));
    }

    [Fact]
    public async Task CallList_WhenTheClockPassesTheDueTime_ShowsTheCallForACareAgent()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        Assert.DoesNotContain(await shop.CallListAsync("view=Due"), i => i.OrderId == orderId);
        Assert.Contains(await shop.CallListAsync("view=Upcoming"), i => i.OrderId == orderId);

        shop.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await shop.RunDueAsync();

        var due = Assert.Single(await shop.CallListAsync("view=Due"), i => i.OrderId == orderId);
        Assert.Equal(CallListKind.Revisit, due.Kind);
        Assert.Equal("3 day(s)", due.Offset);
        Assert.Equal(shop.StaffId(Role.CareAgent), due.AgentId);
        Assert.Contains(await shop.CallListAsync("mine=true"), i => i.Id == due.Id);
        Assert.Equal(RevisitCallStatus.Planned, (await shop.CallsOfOrderAsync(orderId))[1].Status);
    }

    [Fact]
    public async Task RunDue_WhenRunAgainAndConcurrently_PutsEachCallInTheListExactlyOnce()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        shop.Clock.Advance(TimeSpan.FromDays(8));

        // The running care engine may wake the timers before these runs do: what counts is that,
        // whoever runs, each call is planned once.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => shop.RunDueAsync()));
        await shop.RunDueAsync();

        Assert.Equal(2, (await shop.CallListAsync("view=Open")).Count(i => i.OrderId == orderId));
        var done = await shop.WorkAsync("Done");
        var calls = await shop.CallsOfOrderAsync(orderId);
        Assert.Equal(2, done.Count(w => w.Kind == global::WorkshopAdvisor.Infrastructure.Care.CareTimerKind.RevisitCallDue && calls.Take(2).Any(c => c.Id == w.SubjectId)));
    }

    [Fact]
    public async Task RecordOutcome_WhenNotReached_ComesDueAgainAfterTheRetryDelayUntilTheTriesAreSpent()
    {
        var call = await DueCallAsync();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var answer = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome", new { reached = false, remarks = "无人接听" })).Read<CallOutcomeResponse>();
            Assert.Equal(RevisitCallStatus.Planned, answer.Call.Status);
            Assert.Equal(attempt, answer.Call.UnreachedAttempts);
            Assert.DoesNotContain(await shop.CallListAsync("view=Open"), i => i.Id == call.Id);
            shop.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
            await shop.RunDueAsync();
            Assert.Contains(await shop.CallListAsync("view=Open"), i => i.Id == call.Id);
        }

        var last = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome", new { reached = false })).Read<CallOutcomeResponse>();

        Assert.Equal(RevisitCallStatus.NotReached, last.Call.Status);
        Assert.Equal(3, last.Call.UnreachedAttempts);
        Assert.DoesNotContain(await shop.CallListAsync("view=All"), i => i.Id == call.Id && i.Status == "Due");
    }

    [Fact]
    public async Task RecordOutcome_WhenReachedWithAComplaint_OpensAComplaintLinkedToTheOrder()
    {
        var call = await DueCallAsync();

        var answer = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome",
            new { reached = true, satisfaction = 2, usedCorrectly = true, badConditionSince = true, metExpectations = false, faultFixed = true, remarks = "刹车仍有异响", raiseComplaint = true })).Read<CallOutcomeResponse>();

        Assert.Equal(RevisitCallStatus.Completed, answer.Call.Status);
        Assert.Equal(2, answer.Call.Satisfaction);
        Assert.True(answer.Call.ComplaintRaised);
        var complaint = await shop.ComplaintAsync(answer.ComplaintId!.Value);
        Assert.Equal((call.OrderId, call.OrderNumber, call.Id, ComplaintSource.Revisit), (complaint.OrderId, complaint.OrderNumber, complaint.RevisitCallId!.Value, complaint.Source));
        Assert.Equal("刹车仍有异响", complaint.Description);
        Assert.Equal(complaint.OpenedAt + TimeSpan.FromHours(72), complaint.SolutionDueAt);
    }

    [Fact]
    public async Task RecordOutcome_WhenReachedWithoutSatisfaction_Returns400()
    {
        var call = await DueCallAsync();

        var response = await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome", new { reached = true });

        Assert.Contains("between 1", await response.AssertFieldError("satisfaction"));
    }

    [Theory]
    [InlineData("usedCorrectly")]
    [InlineData("badConditionSince")]
    [InlineData("metExpectations")]
    [InlineData("faultFixed")]
    public async Task RecordOutcome_WhenReachedAndOneOfTheSeedsQuestionsIsUnanswered_Returns400NamingIt(string question)
    {
        var call = await DueCallAsync();
        var answers = new Dictionary<string, object?> { ["reached"] = true, ["satisfaction"] = 4, ["usedCorrectly"] = true, ["badConditionSince"] = false, ["metExpectations"] = true, ["faultFixed"] = true };
        answers.Remove(question);

        var response = await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome", answers);

        Assert.Contains("is required", await response.AssertFieldError(question));
        Assert.Equal(RevisitCallStatus.Due, (await shop.CallAsync(call.Id)).Status);
    }

    [Fact]
    public async Task RecordOutcome_WhenTheOriginalFaultIsNotFixed_ProposesAWarrantyReturnToTheAdvisorNamingTheOrder()
    {
        var call = await DueCallAsync();

        var answer = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome",
            new { reached = true, satisfaction = 2, usedCorrectly = true, badConditionSince = true, metExpectations = false, faultFixed = false, remarks = "冷车异响又出现了" })).Read<CallOutcomeResponse>();

        Assert.True(answer.Call.WarrantyReturnProposed);
        Assert.Equal(new RevisitAnswersResponse(true, true, false, false), answer.Call.Answers);
        var proposal = Assert.Single(await shop.AlertsAsync(Role.Advisor), a => a.Kind == AlertKind.WarrantyReturnProposed && a.SubjectId == call.OrderId);
        Assert.Equal("RepairOrder", proposal.SubjectType);
        Assert.Contains(call.OrderNumber!, proposal.Message);
    }

    [Fact]
    public async Task RecordOutcome_WhenTheOriginalFaultIsFixed_ProposesNothing()
    {
        var call = await DueCallAsync();

        var answer = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/outcome",
            new { reached = true, satisfaction = 5, usedCorrectly = true, badConditionSince = false, metExpectations = true, faultFixed = true })).Read<CallOutcomeResponse>();

        Assert.False(answer.Call.WarrantyReturnProposed);
        Assert.DoesNotContain(await shop.AlertsAsync(Role.Advisor), a => a.Kind == AlertKind.WarrantyReturnProposed && a.SubjectId == call.OrderId);
    }

    [Fact]
    public async Task RecordOutcome_WhenTheCallIsOnlyPlanned_Returns409()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        var planned = (await shop.CallsOfOrderAsync(orderId))[0];

        var response = await shop.As(Role.CareAgent).PostJson($"/care/calls/{planned.Id}/outcome", new { reached = true, satisfaction = 5 });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/call-status-conflict");
    }

    [Fact]
    public async Task Move_WhenTheCustomerAsksToBeCalledNextWeek_LeavesTheListAndComesDueThen()
    {
        var call = await DueCallAsync();
        var nextWeek = shop.Clock.GetUtcNow().AddDays(7);

        var moved = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/move", new { dueAt = nextWeek, reason = "客户出差，下周再联系" })).Read<RevisitCallResponse>();

        Assert.Equal(RevisitCallStatus.Planned, moved.Status);
        Assert.DoesNotContain(await shop.CallListAsync("view=Open"), i => i.Id == call.Id);
        shop.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        await shop.RunDueAsync();
        var due = Assert.Single(await shop.CallListAsync("view=Open"), i => i.Id == call.Id);
        Assert.Equal(nextWeek.UtcDateTime, due.DueAt);
        Assert.Equal(shop.StaffId(Role.CareAgent), due.AgentId);
    }

    [Fact]
    public async Task Cancel_WhenTheCarWasSold_TheCallNeverComesDue()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        var first = (await shop.CallsOfOrderAsync(orderId))[0];

        var cancelled = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{first.Id}/cancellation", new { reason = "车辆已出售" })).Read<RevisitCallResponse>();
        shop.Clock.Advance(TimeSpan.FromDays(4));
        await shop.RunDueAsync();

        Assert.Equal(RevisitCallStatus.Cancelled, cancelled.Status);
        Assert.Equal(RevisitCallStatus.Cancelled, (await shop.CallAsync(first.Id)).Status);
        Assert.DoesNotContain(await shop.CallListAsync("view=Open"), i => i.Id == first.Id);
        var again = await shop.As(Role.CareAgent).PostJson($"/care/calls/{first.Id}/cancellation", new { reason = "again" });
        await again.AssertProblem(HttpStatusCode.Conflict, "/problems/call-status-conflict");
    }

    [Fact]
    public async Task Reassign_ToTheManager_MovesTheCallToTheirList()
    {
        var call = await DueCallAsync();

        var reassigned = await (await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/assignment", new { agentId = shop.StaffId(Role.Manager) })).Read<RevisitCallResponse>();

        Assert.Equal(shop.StaffId(Role.Manager), reassigned.AgentId);
        Assert.Contains(await shop.CallListAsync("mine=true", Role.Manager), i => i.Id == call.Id);
        Assert.DoesNotContain(await shop.CallListAsync("mine=true"), i => i.Id == call.Id);
        var toTechnician = await shop.As(Role.CareAgent).PostJson($"/care/calls/{call.Id}/assignment", new { agentId = shop.StaffId(Role.Technician) });
        await toTechnician.AssertFieldError("agentId");
    }

    [Theory]
    [InlineData(Role.Technician)]
    [InlineData(Role.Inspector)]
    public async Task CallList_ForStaffOutsideCareAndFrontDesk_Returns403(Role role)
    {
        var response = await shop.As(role).GetAsync("/care/calls");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CallList_ForAnAdvisor_ShowsTheCallsDueForTheTodayBoard_ButRecordingOutcomesStaysWithCare()
    {
        var call = await DueCallAsync();

        Assert.Contains(await shop.CallListAsync("view=Open", Role.Advisor), i => i.Id == call.Id);
        var outcome = await shop.As(Role.Advisor).PostJson($"/care/calls/{call.Id}/outcome", new { reached = true, satisfaction = 5 });
        Assert.Equal(HttpStatusCode.Forbidden, outcome.StatusCode);
    }

    private async Task<RevisitCallResponse> DueCallAsync()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        var first = (await shop.CallsOfOrderAsync(orderId))[0];
        shop.Clock.Set(new DateTimeOffset(first.DueAt, TimeSpan.Zero).AddSeconds(1) > shop.Clock.GetUtcNow() ? new DateTimeOffset(first.DueAt, TimeSpan.Zero).AddSeconds(1) : shop.Clock.GetUtcNow());
        await shop.RunDueAsync();
        var call = await shop.CallAsync(first.Id);
        Assert.Equal(RevisitCallStatus.Due, call.Status);
        return call;
    }
}
