using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>What the care team, the advisors and the manager do, over HTTP.</summary>
public static class CareSteps
{
    /// <summary>A car taken from reception to handover, promised for a day after the test clock's now.</summary>
    public static async Task<(long OrderId, DateTime HandedOverAt)> HandOverACarAsync(this ShopFixture shop)
    {
        var order = await shop.ApprovedOrderAsync(shop.Clock.GetUtcNow().AddDays(1));
        order = await shop.DoAllJobsAsync(order.Id);
        order = await shop.PassInspectionAsync(order);
        order = await shop.HandOverAsync(order.Id, order.Totals.Total);
        return (order.Id, order.HandedOverAt!.Value);
    }

    /// <summary>A car received, diagnosed, estimated with the given promise and approved: the work can start.</summary>
    public static async Task<RepairOrderResponse> ApprovedOrderAsync(this ShopFixture shop, DateTimeOffset promised)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(promised: promised))).Read<RepairOrderResponse>();
        return await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
    }

    /// <summary>What the engine does by itself when its wake-ups fire: run everything due by the clock.</summary>
    public static async Task<SweepResult> RunDueAsync(this ShopFixture shop) =>
        await (await shop.As(Role.Manager).PostJson("/care/operations/run-due")).Read<SweepResult>();

    public static async Task<List<CallListItem>> CallListAsync(this ShopFixture shop, string query, Role role = Role.CareAgent) =>
        [.. (await (await shop.As(role).GetAsync("/care/calls?pageSize=100&" + query)).Read<PagedList<CallListItem>>()).Items];

    public static async Task<List<RevisitCallResponse>> CallsOfOrderAsync(this ShopFixture shop, long orderId)
    {
        var items = await shop.CallListAsync($"view=All&orderId={orderId}");
        var calls = new List<RevisitCallResponse>();
        foreach (var item in items)
        {
            calls.Add(await shop.CallAsync(item.Id));
        }
        return [.. calls.OrderBy(c => c.DueAt)];
    }

    public static async Task<RevisitCallResponse> CallAsync(this ShopFixture shop, long id) =>
        await (await shop.As(Role.CareAgent).GetAsync($"/care/calls/{id}")).Read<RevisitCallResponse>();

    public static async Task<List<AlertResponse>> AlertsAsync(this ShopFixture shop, Role role) =>
        [.. (await (await shop.As(role).GetAsync("/alerts?pageSize=100")).Read<PagedList<AlertResponse>>()).Items];

    public static async Task<ComplaintResponse> ComplaintAsync(this ShopFixture shop, long id) =>
        await (await shop.As(Role.Manager).GetAsync($"/complaints/{id}")).Read<ComplaintResponse>();

    public static async Task<ComplaintResponse> OpenComplaintAsync(this ShopFixture shop, Role role = Role.Advisor, long? orderId = null)
    {
        var customerId = await shop.NewCustomerAsync();
        return await (await shop.As(role).PostJson("/complaints", new { customerId, orderId, description = "车辆交车后仍有异响，客户很不满意" })).Read<ComplaintResponse>();
    }

    public static async Task<long> NewCustomerAsync(this ShopFixture shop, string @class = "B") =>
        (await (await shop.As(Role.Advisor).PostJson("/customers", new { name = "陈静", phones = new[] { Identifiers.Phone() }, @class })).Read<Workshop.IdOnly>()).Id;

    public static async Task<List<WorkItem>> WorkAsync(this ShopFixture shop, string state) =>
        [.. (await (await shop.As(Role.Manager).GetAsync($"/care/operations/work?pageSize=100&state={state}")).Read<PagedList<WorkItem>>()).Items];

    /// <summary>
    /// How long to wait for something the engine does by itself before calling it a failure: a ceiling for a machine
    /// busy with other builds and tests, not an expectation (on a quiet machine it takes a second or two).
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Waits, a little at a time, until the condition holds; fails with the last value if it never does.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null, Action? eachRound = null)
    {
        var deadline = DateTime.UtcNow + (within ?? Patience);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not there after waiting: {System.Text.Json.JsonSerializer.Serialize(value, ShopFixture.Json)}");
            }
            eachRound?.Invoke();
            await Task.Delay(100);
        }
    }
}
