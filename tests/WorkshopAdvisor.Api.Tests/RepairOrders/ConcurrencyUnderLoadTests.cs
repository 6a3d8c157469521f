using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

/// <summary>
/// Many people on the same orders at the same moment: every technician's job update and every advisor's
/// action lands, each exactly once, in the order's state and in its audit trail; nothing is overwritten.
/// </summary>
public sealed class ConcurrencyUnderLoadTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task JobUpdatesAndAdvisorActionsOnTheSameOrdersAtOnce_AllLandExactlyOnce()
    {
        var orders = new List<RepairOrderResponse>();
        for (var i = 0; i < 6; i++)
        {
            var (_, vehicleId) = await shop.RegisterCarAsync();
            var order = await shop.ReceiveAsync(vehicleId);
            await shop.DiagnoseAsync(order.Id);
            await shop.EstimateAsync(order.Id);
            order = await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
            foreach (var job in order.Jobs)
            {
                await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
            }
            orders.Add(order);
        }

        // Each job: start, pause, start, finish (its own sequence, run beside every other job's); each order: one delay notice.
        async Task WorkJob(long orderId, int job)
        {
            var technician = shop.As(Role.Technician);
            foreach (var (step, body) in new (string, object?)[] { ("start", null), ("pause", new { reason = "等配件" }), ("start", null), ("finish", null) })
            {
                var response = await technician.PostJson($"/repair-orders/{orderId}/jobs/{job}/{step}", body);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step} of job {job} on order {orderId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        async Task NoticeDelay(RepairOrderResponse order)
        {
            var response = await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/delay-notices",
                new { reason = "配件明日到货", newPromisedCompletionAt = new DateTimeOffset(order.PromisedCompletionAt!.Value).AddDays(1) });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
        await Task.WhenAll(orders.SelectMany(o => o.Jobs.Select(j => WorkJob(o.Id, j.Number))).Concat(orders.Select(NoticeDelay)));

        foreach (var before in orders)
        {
            var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{before.Id}")).Read<RepairOrderResponse>();
            Assert.Equal(OrderStatus.AwaitingInspection, after.Status);
            Assert.All(after.Jobs, j => Assert.Equal(JobStatus.Done, j.Status));
            Assert.Single(after.DelayNotices);
            var audit = await shop.As(Role.Manager).GetFromJsonAsync<List<AuditEntryResponse>>($"/repair-orders/{before.Id}/audit", ShopFixture.Json);
            var since = audit!.SkipWhile(a => a.Action != "DispatchJob").Where(a => a.Action != "DispatchJob").ToList();
            Assert.Equal(2 * after.Jobs.Count, since.Count(a => a.Action == "StartJob"));
            Assert.Equal(after.Jobs.Count, since.Count(a => a.Action == "PauseJob"));
            Assert.Equal(after.Jobs.Count, since.Count(a => a.Action == "FinishJob"));
            Assert.Single(since, a => a.Action == "RecordDelayNotice");
            // One version step per saved action: nothing saved twice, nothing lost.
            Assert.Equal(before.Version + after.Jobs.Count + since.Count, after.Version);
        }
    }

    [Fact]
    public async Task Receptions_InParallel_GetUniqueOrderNumbers()
    {
        var vehicles = new List<long>();
        for (var i = 0; i < 16; i++)
        {
            vehicles.Add((await shop.RegisterCarAsync()).VehicleId);
        }

        var orders = await Task.WhenAll(vehicles.Select(v => shop.ReceiveAsync(v)));

        Assert.Equal(16, orders.Select(o => o.Number).Distinct().Count());
        var suffixes = orders.Select(o => int.Parse(o.Number[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(suffixes.Count, suffixes.Distinct().Count());
    }
}
