using Microsoft.EntityFrameworkCore;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>An API whose care-agent assignment can be made to fail, and whose failed jobs are retried once, a second later.</summary>
public sealed class FlakyEngineFixture : ShopFixture
{
    public FlakyAssignment Assignment { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IAgentAssignment>(Assignment);
        services.PostConfigure<CareEngineOptions>(o =>
        {
            o.RetryAttempts = 1;
            o.RetryInitialDelay = TimeSpan.FromSeconds(1);
        });
    }
}

public sealed class FlakyAssignment : IAgentAssignment
{
    private readonly RoundRobinAgents _real = new();

    private volatile bool _failing;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public Task<StaffRef?> ChooseAgentAsync(WorkshopDbContext db, long callId, CancellationToken cancellationToken) =>
        Failing ? throw new InvalidOperationException("the staff directory is down") : _real.ChooseAgentAsync(db, callId, cancellationToken);
}

/// <summary>
/// The real Quartz scheduler with its persistent store, driven by the test clock: nobody calls run-due here.
/// </summary>
public sealed class EngineTests(FlakyEngineFixture shop) : IClassFixture<FlakyEngineFixture>
{
    [Fact]
    public async Task WakeUp_WhenTheClockPassesTheDueTime_FiresByItselfAndTheCallComesDue()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        var first = (await shop.CallsOfOrderAsync(orderId))[0];
        Assert.Contains(await shop.WorkAsync("Scheduled"), w => w.SubjectId == first.Id && w.Kind == CareTimerKind.RevisitCallDue && w.WakeUpScheduled);

        shop.Clock.Set(new DateTimeOffset(first.DueAt, TimeSpan.Zero).AddSeconds(1));

        var due = await CareSteps.EventuallyAsync(() => shop.CallAsync(first.Id), c => c.Status == RevisitCallStatus.Due);
        Assert.Equal(shop.StaffId(Role.CareAgent), due.AgentId);
        Assert.Single(await shop.CallListAsync("view=Open"), i => i.Id == first.Id);
    }

    [Fact]
    public async Task WakeUp_WhenTheApiWasDownAtTheDueTime_FiresAtStartUp()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        var first = (await shop.CallsOfOrderAsync(orderId))[0];

        await shop.RestartAsync(() => shop.Clock.Set(new DateTimeOffset(first.DueAt, TimeSpan.Zero).AddHours(5)));

        await CareSteps.EventuallyAsync(() => shop.CallAsync(first.Id), c => c.Status == RevisitCallStatus.Due);
        Assert.Single(await shop.CallListAsync("view=Open"), i => i.Id == first.Id);
    }

    [Fact]
    public async Task StartUpSweep_BehindManyDoneTimersWithoutWakeUps_StillSchedulesThePendingOne()
    {
        await using (var scope = shop.Api.Services.CreateAsyncScope())
        {
            // Work done by run-due before any wake-up was stored (an engine switched off, then on) keeps no
            // wake-up: more such rows than the sweep reads at once, all older than the timer that loses its own.
            var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
            var now = shop.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 600; i++)
            {
                var done = CareTimer.Plan(CareTimerKind.LateDeliveryCheck, 5_000_000 + i, now, now);
                done.Complete("nothing to do", now);
                db.CareTimers.Add(done);
            }
            await db.SaveChangesAsync();
        }
        var (orderId, _) = await shop.HandOverACarAsync();
        var first = (await shop.CallsOfOrderAsync(orderId))[0];
        var timerId = (await shop.WorkAsync("Scheduled")).Single(w => w.SubjectId == first.Id && w.Kind == CareTimerKind.RevisitCallDue).Id;
        await using (var scope = shop.Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
            await db.CareTimers.Where(t => t.Id == timerId).ExecuteUpdateAsync(s => s.SetProperty(t => t.WakeUpScheduledAt, (DateTime?)null));
        }
        Assert.Contains(await shop.WorkAsync("Scheduled"), w => w.Id == timerId && !w.WakeUpScheduled);

        await shop.RestartAsync();

        await CareSteps.EventuallyAsync(() => shop.WorkAsync("Scheduled"), all => all.Any(w => w.Id == timerId && w.WakeUpScheduled));
    }

    [Fact]
    public async Task FailingJob_IsRetriedThenShownAsFailed_AndAnOperatorRetryCompletesItOnce()
    {
        var (orderId, _) = await shop.HandOverACarAsync();
        var first = (await shop.CallsOfOrderAsync(orderId))[0];
        shop.Assignment.Failing = true;
        try
        {
            shop.Clock.Set(new DateTimeOffset(first.DueAt, TimeSpan.Zero).AddSeconds(1));

            // The retry waits a second of the test clock: move it on while waiting.
            var failed = await CareSteps.EventuallyAsync(async () => (await shop.WorkAsync("Failed")).SingleOrDefault(w => w.SubjectId == first.Id && w.Kind == CareTimerKind.RevisitCallDue),
                w => w is not null, CareSteps.Patience, () => shop.Clock.Advance(TimeSpan.FromMilliseconds(500)));
            Assert.True(failed!.Attempts >= 2, $"first try and one retry, got {failed.Attempts}");
            Assert.Contains("the staff directory is down", failed.LastError);
            Assert.Equal(RevisitCallStatus.Planned, (await shop.CallAsync(first.Id)).Status);
        }
        finally
        {
            shop.Assignment.Failing = false;
        }

        var timerId = (await shop.WorkAsync("Failed")).Single(w => w.SubjectId == first.Id).Id;
        var retried = await (await shop.As(Role.Manager).PostJson($"/care/operations/work/{timerId}/retry")).Read<WorkItem>();
        Assert.Equal(CareTimerState.Pending, retried.State);
        Assert.Equal(0, (await shop.WorkAsync("Failed")).Count(w => w.Id == timerId));

        await CareSteps.EventuallyAsync(() => shop.CallAsync(first.Id), c => c.Status == RevisitCallStatus.Due);
        Assert.Single(await shop.CallListAsync("view=Open"), i => i.Id == first.Id);
        var again = await shop.As(Role.Manager).PostJson($"/care/operations/work/{timerId}/retry");
        await again.AssertProblem(HttpStatusCode.Conflict, "/problems/work-not-failed");
    }

    [Fact]
    public async Task Scheduler_Status_ShowsThePersistentStoreAndThisNode()
    {
        var status = await (await shop.As(Role.Manager).GetAsync("/care/operations/scheduler")).Read<SchedulerStatus>();

        Assert.StartsWith("care-tests-", status.SchedulerName);
        Assert.Equal("Running", status.Status);
        Assert.NotEmpty(status.Nodes);
    }

    [Theory]
    [InlineData("/care/operations/work")]
    [InlineData("/care/operations/scheduler")]
    public async Task Operations_ForACareAgent_Returns403(string url)
    {
        var response = await shop.As(Role.CareAgent).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Retry_UnknownWork_Returns404()
    {
        var response = await shop.As(Role.Manager).PostJson("/care/operations/work/999999/retry");

        await response.AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }
}
