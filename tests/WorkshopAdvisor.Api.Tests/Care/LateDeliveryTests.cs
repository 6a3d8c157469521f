using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>交车预警: two hours before the promised time, a car that is not ready and whose customer was not told alerts its advisor.</summary>
public sealed class LateDeliveryTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Warning_WhenTheCarIsNotReadyTwoHoursBeforeThePromise_AlertsTheAdvisorOnce()
    {
        var promised = shop.Clock.GetUtcNow().AddHours(6);
        var order = await shop.ApprovedOrderAsync(promised);

        shop.Clock.Advance(TimeSpan.FromHours(3));
        await shop.RunDueAsync();
        Assert.DoesNotContain(await LateAlertsAsync(), a => a.SubjectId == order.Id);

        shop.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await Task.WhenAll(shop.RunDueAsync(), shop.RunDueAsync(), shop.RunDueAsync());
        await shop.RunDueAsync();

        var alert = Assert.Single(await LateAlertsAsync(), a => a.SubjectId == order.Id);
        Assert.Contains(order.Number, alert.Message);
        Assert.DoesNotContain(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.LateDelivery && a.SubjectId == order.Id);
    }

    [Fact]
    public async Task Warning_WhenADelayNoticeWasRecorded_IsNotRaisedForTheOldPromiseButForTheNewOne()
    {
        var promised = shop.Clock.GetUtcNow().AddHours(6);
        var order = await shop.ApprovedOrderAsync(promised);
        shop.Clock.Advance(TimeSpan.FromHours(1));
        var newPromise = promised.AddDays(1);
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/delay-notices", new { reason = "配件未到货", newPromisedCompletionAt = newPromise })).Read<RepairOrderResponse>();

        shop.Clock.Advance(TimeSpan.FromHours(5));
        await shop.RunDueAsync();
        Assert.DoesNotContain(await LateAlertsAsync(), a => a.SubjectId == order.Id);

        shop.Clock.Set(newPromise.AddHours(-2).AddSeconds(1));
        await shop.RunDueAsync();
        Assert.Single(await LateAlertsAsync(), a => a.SubjectId == order.Id);
    }

    [Fact]
    public async Task Warning_WhenTheCarIsReadyForHandover_IsNotRaised()
    {
        var promised = shop.Clock.GetUtcNow().AddHours(6);
        var order = await shop.ApprovedOrderAsync(promised);
        order = await shop.DoAllJobsAsync(order.Id);
        await shop.PassInspectionAsync(order);

        shop.Clock.Advance(TimeSpan.FromHours(5));
        await shop.RunDueAsync();

        Assert.DoesNotContain(await LateAlertsAsync(), a => a.SubjectId == order.Id);
    }

    [Fact]
    public async Task PromiseMissed_WhenTheCarIsNotReadyAndNoDelayNoticeWasGiven_AlertsTheServiceManagerAndTheAdvisorOnce()
    {
        var promised = shop.Clock.GetUtcNow().AddHours(6);
        var order = await shop.ApprovedOrderAsync(promised);
        shop.Clock.Set(promised.AddSeconds(-1));
        await shop.RunDueAsync();
        Assert.DoesNotContain(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.PromiseMissed && a.SubjectId == order.Id);

        shop.Clock.Set(promised.AddSeconds(1));
        await Task.WhenAll(shop.RunDueAsync(), shop.RunDueAsync());
        await shop.RunDueAsync();

        var toManager = Assert.Single(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.PromiseMissed && a.SubjectId == order.Id);
        Assert.Contains(order.Number, toManager.Message);
        Assert.Single(await shop.AlertsAsync(Role.Advisor), a => a.Kind == AlertKind.PromiseMissed && a.SubjectId == order.Id);
    }

    [Fact]
    public async Task PromiseMissed_WhenADelayNoticeMovedThePromiseBeforeIt_AlertsNobody()
    {
        var promised = shop.Clock.GetUtcNow().AddHours(6);
        var order = await shop.ApprovedOrderAsync(promised);
        shop.Clock.Advance(TimeSpan.FromHours(1));
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/delay-notices", new { reason = "配件未到货", newPromisedCompletionAt = promised.AddDays(1) })).Read<RepairOrderResponse>();

        shop.Clock.Set(promised.AddMinutes(1));
        await shop.RunDueAsync();

        Assert.DoesNotContain(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.PromiseMissed && a.SubjectId == order.Id);
        Assert.Contains(await shop.WorkAsync("Done"), w => w.Kind == global::WorkshopAdvisor.Infrastructure.Care.CareTimerKind.PromiseMissedCheck && w.SubjectId == order.Id
            && w.Outcome!.StartsWith("nothing to do: the promise", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PromiseMissed_WhenTheCarIsReadyForHandover_AlertsNobody()
    {
        var promised = shop.Clock.GetUtcNow().AddHours(6);
        var order = await shop.ApprovedOrderAsync(promised);
        order = await shop.DoAllJobsAsync(order.Id);
        await shop.PassInspectionAsync(order);

        shop.Clock.Set(promised.AddMinutes(1));
        await shop.RunDueAsync();

        Assert.DoesNotContain(await shop.AlertsAsync(Role.Manager), a => a.Kind == AlertKind.PromiseMissed && a.SubjectId == order.Id);
    }

    [Fact]
    public async Task Acknowledge_SomeoneElsesAlert_Returns409()
    {
        var order = await shop.ApprovedOrderAsync(shop.Clock.GetUtcNow().AddHours(1));
        await shop.RunDueAsync();
        var alert = Assert.Single(await LateAlertsAsync(), a => a.SubjectId == order.Id);

        var byAgent = await shop.As(Role.CareAgent).PostJson($"/alerts/{alert.Id}/acknowledgement");
        await byAgent.AssertProblem(System.Net.HttpStatusCode.Conflict, "/problems/not-your-alert");

        var acknowledged = await (await shop.As(Role.Advisor).PostJson($"/alerts/{alert.Id}/acknowledgement")).Read<Features.Care.AlertResponse>();
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.DoesNotContain((await (await shop.As(Role.Advisor).GetAsync("/alerts?unread=true&pageSize=100")).Read<Http.PagedList<Features.Care.AlertResponse>>()).Items, a => a.Id == alert.Id);
    }

    private async Task<List<Features.Care.AlertResponse>> LateAlertsAsync() =>
        [.. (await shop.AlertsAsync(Role.Advisor)).Where(a => a.Kind == AlertKind.LateDelivery)];
}
