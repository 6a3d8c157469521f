using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>The monthly revisit summary per advisor. A database of its own, so the counts are exact.</summary>
public sealed class CareReportTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task MonthlyReport_AfterAMonthOfCalls_SummarisesReachedRateSatisfactionComplaintsAndFaultsNotFixedPerAdvisor()
    {
        // Monday 23 November 2026 in the shop: three cars handed over by the advisor.
        var orders = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add((await shop.HandOverACarAsync()).OrderId);
        }
        shop.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(5));
        await shop.RunDueAsync();
        var due = (await shop.CallListAsync("view=Due")).Where(i => orders.Contains(i.OrderId!.Value)).ToList();
        Assert.Equal(3, due.Count);

        var agent = shop.As(Role.CareAgent);
        await (await agent.PostJson($"/care/calls/{due[0].Id}/outcome", new { reached = true, satisfaction = 5, usedCorrectly = true, badConditionSince = false, metExpectations = true, faultFixed = true })).Read<CallOutcomeResponse>();
        await (await agent.PostJson($"/care/calls/{due[1].Id}/outcome", new { reached = true, satisfaction = 2, usedCorrectly = true, badConditionSince = true, metExpectations = false, faultFixed = false, raiseComplaint = true, remarks = "异响依旧，洗车不干净" })).Read<CallOutcomeResponse>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await (await agent.PostJson($"/care/calls/{due[2].Id}/outcome", new { reached = false })).Read<CallOutcomeResponse>();
            shop.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
            await shop.RunDueAsync();
        }

        var report = await (await shop.As(Role.Manager).GetAsync("/care/reports/revisits?month=2026-11")).Read<RevisitMonthReport>();

        var advisor = Assert.Single(report.Advisors);
        Assert.Equal((shop.StaffId(Role.Advisor), 3, 2, 1), (advisor.AdvisorId, advisor.CallsClosed, advisor.Reached, advisor.NotReached));
        Assert.Equal(0.6667m, advisor.ReachedRate);
        Assert.Equal(3.50m, advisor.AverageSatisfaction);
        Assert.Equal(1, advisor.ComplaintsRaised);
        Assert.Equal(1, advisor.FaultsNotFixed);
        Assert.Equal(3, report.Total.CallsClosed);
        var december = await (await shop.As(Role.CareAgent).GetAsync("/care/reports/revisits?month=2026-12")).Read<RevisitMonthReport>();
        Assert.Empty(december.Advisors);
        var bad = await shop.As(Role.Manager).GetAsync("/care/reports/revisits?month=November");
        await bad.AssertFieldError("month");
    }
}
