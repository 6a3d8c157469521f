using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.LoadDriver;

// Usage (see docs/benchmarks.md):
//   dotnet build -c Release src/WorkshopAdvisor.Api
//   dotnet run -c Release --project bench/WorkshopAdvisor.LoadDriver -- --provider Sqlite --database /path/large.db
//   dotnet run -c Release --project bench/WorkshopAdvisor.LoadDriver -- --provider Postgres --database "Host=...;Database=..."
//   dotnet run -c Release --project bench/WorkshopAdvisor.LoadDriver -- --provider SqlServer --database "Server=...;Database=..."
// The generated database stays as it was: a SQLite file is copied, a PostgreSQL database is cloned (CREATE DATABASE
// ... TEMPLATE) and the clone dropped at the end. SQL Server has no such cheap copy: the run writes into the database
// it is given, so give it a copy (a restored backup) of the generated one.
string? Arg(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
var provider = Arg("provider") ?? "Sqlite";
var database = Arg("database") ?? throw new ArgumentException("--database is required");
var workers = int.Parse(Arg("workers") ?? "8", CultureInfo.InvariantCulture);
var lightWorkers = int.Parse(Arg("light-workers") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
var seconds = double.Parse(Arg("seconds") ?? "10", CultureInfo.InvariantCulture);
var password = Arg("password") ?? "load-test-password";
var apiDll = Arg("api") ?? Path.Combine(Repo.Root, "src/WorkshopAdvisor.Api/bin/Release/net10.0/WorkshopAdvisor.Api.dll");
var only = Arg("only")?.Split(',');

string connection;
string? copy = null;
if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
{
    copy = Path.Combine(Path.GetTempPath(), $"workshop-load-{Guid.NewGuid():N}.db");
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        if (File.Exists(database + suffix))
        {
            File.Copy(database + suffix, copy + suffix);
        }
    }
    connection = $"Data Source={copy}";
}
else if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
{
    connection = await PostgresClone.CreateAsync(database);
}
else
{
    Console.WriteLine("SQL Server: the run writes into the database it is given (a copy of the generated one, restored from a backup).");
    connection = database;
}

// What the scenarios draw from: every vehicle, and the ones with no open order (they can be received).
List<(long Id, string? Plate)> vehicles;
ConcurrentQueue<long> free;
await using (var db = Repo.Context(provider, connection))
{
    vehicles = (await db.Vehicles.AsNoTracking().Select(v => new { v.Id, v.Plate }).ToListAsync()).Select(v => (v.Id, v.Plate)).ToList();
    var busy = await db.RepairOrders.AsNoTracking().Where(o => o.Status != OrderStatus.HandedOver && o.Status != OrderStatus.Cancelled).Select(o => o.VehicleId).ToListAsync();
    free = new ConcurrentQueue<long>(vehicles.Select(v => v.Id).Except(busy).OrderBy(_ => Random.Shared.Next()));
}
Console.WriteLine($"{vehicles.Count} vehicles, {free.Count} without an open order; {workers} clients for throughput, {lightWorkers} for latency, {seconds} s each");

await using var api = await ApiProcess.StartAsync(apiDll, provider, connection);
using var shop = new ShopClient(api.Address, password);
var advisors = Enumerable.Range(1, 8).Select(i => $"advisor{i}").ToArray();
var technicians = Enumerable.Range(1, 20).Select(i => $"technician{i}").ToArray();
var careAgents = Enumerable.Range(1, 3).Select(i => $"care{i}").ToArray();
await shop.SignInAsync([.. advisors, .. technicians, .. careAgents, "foreman1", "manager"]);
var technicianIds = new Dictionary<string, long>();
foreach (var t in technicians)
{
    technicianIds[t] = (await shop.Get(t, "/auth/me")).GetProperty("id").GetInt64();
}

var prepare = new Preparation(shop, free, advisors);
var results = new List<ScenarioResult>();
var warmUp = TimeSpan.FromSeconds(2);
var duration = TimeSpan.FromSeconds(seconds);
bool Wanted(string scenario) => only is null || only.Contains(scenario);
async Task Run(string scenario, Func<int, Task<bool>> operation)
{
    if (!Wanted(scenario))
    {
        return;
    }
    var saturated = await Measurement.RunAsync(scenario, workers, warmUp, duration, operation);
    var light = await Measurement.RunAsync(scenario, lightWorkers, TimeSpan.Zero, duration, operation);
    results.Add(new ScenarioResult(scenario, saturated, light));
    var (now, peak) = api.Memory();
    Console.WriteLine($"{scenario,-22} {saturated.PerSecond,7:F0}/s with {workers} clients; with {lightWorkers}: p50 {light.P50,6:F2} ms p99 {light.P99,6:F2} ms ({saturated.Errors + light.Errors} errors)  RSS {now:F0} MiB, peak {peak:F0} MiB");
}
string Advisor(int worker) => advisors[worker % advisors.Length];
long AnyVehicle() => vehicles[Random.Shared.Next(vehicles.Count)].Id;

await Run("raw-read (baseline)", async w => { await shop.Get(Advisor(w), $"/benchmark/raw-read/{AnyVehicle()}"); return true; });
await Run("raw-write (baseline)", async w => { await shop.Post(Advisor(w), $"/benchmark/raw-write/{AnyVehicle()}"); return true; });
await Run("today board", async w => { await shop.Get(Advisor(w), "/boards/today"); return true; });
await Run("look-up by plate", async w =>
{
    var plate = vehicles[Random.Shared.Next(vehicles.Count)].Plate ?? "京A12";
    await shop.Get(Advisor(w), "/lookup?q=" + Uri.EscapeDataString(plate[2..6]));
    return true;
});
await Run("vehicle history", async w => { await shop.Get(Advisor(w), $"/vehicles/{AnyVehicle()}/history"); return true; });
// The care agent's screen: their open calls (of 1.2 million over five years), with the ABC contacts due.
await Run("care call list", async w => { await shop.Get(careAgents[w % careAgents.Length], "/care/calls?mine=true"); return true; });
// Prepared after the reads (so the board holds a normal day), before the timed writes: orders waiting for approval,
// and orders in the workshop with a thousand dispatched jobs, so that each is started and paused a realistic few times.
var approvals = Wanted("estimate approval") ? await prepare.OrdersAwaitingApprovalAsync(count: (int)(seconds * 1000) + 1000) : new ConcurrentQueue<(long Id, int Lines, string Advisor)>();
var jobs = Wanted("job status update") ? await prepare.DispatchedJobsAsync(orders: 500, technicians, technicianIds) : [];
Console.WriteLine($"prepared {approvals.Count} orders awaiting approval, {jobs.Length} dispatched jobs");

await Run("reception", async w =>
{
    if (!free.TryDequeue(out var vehicle))
    {
        return false;
    }
    await shop.Post(Advisor(w), "/repair-orders", Preparation.Reception(vehicle));
    return true;
});
await Run("job status update", async _ =>
{
    var job = jobs[Random.Shared.Next(jobs.Length)];
    if (!job.TryTake())
    {
        return true;
    }
    try
    {
        var action = job.Running ? "pause" : "start";
        await shop.Post(job.Technician, $"/repair-orders/{job.OrderId}/jobs/{job.Number}/{action}", job.Running ? new { reason = "等配件" } : null);
        job.Running = !job.Running;
    }
    finally
    {
        job.Release();
    }
    return true;
});
await Run("estimate approval", async w =>
{
    if (!approvals.TryDequeue(out var order))
    {
        return false;
    }
    await shop.Post(order.Advisor, $"/repair-orders/{order.Id}/estimates/1/decision",
        new { approvedLines = Enumerable.Range(1, order.Lines).ToArray(), decidedBy = "客户" });
    return true;
});

var (_, peakMemory) = api.Memory();
Console.WriteLine();
Console.WriteLine(Report.Markdown(results, workers, lightWorkers, peakMemory));
await api.DisposeAsync();
if (copy is not null)
{
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(copy + suffix);
    }
}
else if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
{
    await PostgresClone.DropAsync(database, connection);
}
return 0;
