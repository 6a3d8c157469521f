using System.Collections.Concurrent;

namespace WorkshopAdvisor.LoadDriver;

/// <summary>Orders put in place over the API before the timing starts.</summary>
internal sealed class Preparation(ShopClient shop, ConcurrentQueue<long> free, string[] advisors)
{
    public static object Reception(long vehicleId) => new
    {
        vehicleId,
        odometerKm = 999_000, // beyond any generated reading: the odometer never runs backwards
        fuelLevelPercent = 50,
        valuablesReminderAcknowledged = true,
        customerDescription = "定期保养",
        customerWaits = false,
        keepsOldParts = false,
    };

    private static readonly object Estimate = new
    {
        category = "Level1Maintenance",
        promisedCompletionAt = DateTimeOffset.UtcNow.AddDays(2),
        labourLines = new[] { new { description = "一级维护", hours = 1.5m, rate = 180m }, new { description = "更换空调滤芯", hours = 0.3m, rate = 180m } },
        partLines = new[] { new { partNumber = "5Q0819653", name = "空调滤芯", quantity = 1m, unitPrice = 98m } },
    };

    public async Task<ConcurrentQueue<(long Id, int Lines, string Advisor)>> OrdersAwaitingApprovalAsync(int count)
    {
        var ready = new ConcurrentQueue<(long, int, string)>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var advisor = advisors[i % advisors.Length];
            var id = await EstimatedOrderAsync(advisor);
            ready.Enqueue((id, 3, advisor));
        });
        return ready;
    }

    public async Task<Job[]> DispatchedJobsAsync(int orders, string[] technicians, Dictionary<string, long> technicianIds)
    {
        var jobs = new ConcurrentBag<Job>();
        await Parallel.ForAsync(0, orders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var advisor = advisors[i % advisors.Length];
            var id = await EstimatedOrderAsync(advisor);
            await shop.Post(advisor, $"/repair-orders/{id}/estimates/1/decision", new { approvedLines = new[] { 1, 2, 3 }, decidedBy = "客户" });
            foreach (var number in new[] { 1, 2 })
            {
                var technician = technicians[(i * 2 + number) % technicians.Length];
                await shop.Post("foreman1", $"/repair-orders/{id}/jobs/{number}/dispatch", new { technicianId = technicianIds[technician] });
                jobs.Add(new Job(id, number, technician));
            }
        });
        return [.. jobs];
    }

    private async Task<long> EstimatedOrderAsync(string advisor)
    {
        if (!free.TryDequeue(out var vehicle))
        {
            throw new InvalidOperationException("no vehicle left without an open order");
        }
        var order = await shop.Post(advisor, "/repair-orders", Reception(vehicle));
        var id = order.GetProperty("id").GetInt64();
        await shop.SendAsync(advisor, HttpMethod.Put, $"/repair-orders/{id}/diagnosis", new { findings = new[] { "到期保养" } });
        await shop.Post(advisor, $"/repair-orders/{id}/estimates", Estimate);
        return id;
    }
}

/// <summary>A dispatched job the load toggles between started and paused; one worker at a time.</summary>
internal sealed class Job(long orderId, int number, string technician)
{
    private int _taken;

    public long OrderId { get; } = orderId;

    public int Number { get; } = number;

    public string Technician { get; } = technician;

    public bool Running { get; set; }

    public bool TryTake() => Interlocked.CompareExchange(ref _taken, 1, 0) == 0;

    public void Release() => Volatile.Write(ref _taken, 0);
}
