using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Api;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

// The care engine under load, on the embedded default (one SQLite file, Quartz's persistent store in it):
// 1. plan N revisit calls through the same save path as a handover (call rows, audit, timers, Quartz
//    wake-ups after the commit), in batches, and time it;
// 2. let them come due, spread evenly over a window that starts a lead time after planning began, with
//    nobody but Quartz driving; each call records when it came into the call list (CameDueAt);
// 3. report how late (CameDueAt - DueAt) at p50 / p99 / max, and the call list's response time with the backlog.
var count = Arg("--count", 100_000);
var windowSeconds = Arg("--window", 120);
var leadSeconds = Arg("--lead", 240);
var batchSize = Arg("--batch", 1_000);
var threads = Arg("--threads", 4);
var maxBatch = Arg("--max-batch", 0);
var aheadMs = Arg("--ahead-ms", 0);
var misfireSeconds = Arg("--misfire-s", 600);

var folder = Path.Combine(Path.GetTempPath(), "workshop-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Workshop"] = $"Data Source={Path.Combine(folder, "workshop.db")}",
    ["Care:Engine:Threads"] = threads.ToString(CultureInfo.InvariantCulture),
    ["Care:Engine:MisfireThreshold"] = TimeSpan.FromSeconds(misfireSeconds).ToString("c", CultureInfo.InvariantCulture),
    ["Care:Engine:MaxBatchSize"] = maxBatch.ToString(CultureInfo.InvariantCulture),
    ["Care:Engine:BatchFireAheadWindow"] = TimeSpan.FromMilliseconds(aheadMs).ToString("c", CultureInfo.InvariantCulture),
    // The periodic safety net stays out of the measurement: only the wake-ups fire.
    ["Care:Engine:SweepInterval"] = "01:00:00",
    ["Care:Engine:SweepGrace"] = "01:00:00",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Quartz"] = "Error",
});
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddWorkshopAdvisor(builder.Configuration, builder.Environment);
await using var app = builder.Build();
app.UseWorkshopAdvisor();
await app.Services.MigrateDatabaseAsync();
await app.StartAsync();
var clock = app.Services.GetRequiredService<TimeProvider>();

var subject = await SeedAsync(app.Services, clock.GetUtcNow().UtcDateTime);
Console.WriteLine($"care engine benchmark: {count:N0} follow-ups, batches of {batchSize:N0}, due over {windowSeconds} s starting {leadSeconds} s after planning starts, {threads} worker threads, Quartz batches of {(maxBatch == 0 ? "default" : maxBatch.ToString(CultureInfo.InvariantCulture))}, fire-ahead {aheadMs} ms, misfire threshold {misfireSeconds} s");

// 1. Planning.
var planStart = clock.GetUtcNow().UtcDateTime;
subject = subject with { HandedOverAt = planStart };
var lead = TimeSpan.FromSeconds(leadSeconds);
var step = TimeSpan.FromSeconds(windowSeconds).Ticks / Math.Max(count - 1, 1);
var watch = Stopwatch.StartNew();
for (var planned = 0; planned < count; planned += batchSize)
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
    var n = Math.Min(batchSize, count - planned);
    for (var i = 0; i < n; i++)
    {
        db.RevisitCalls.Add(RevisitCall.Plan(subject, lead + TimeSpan.FromTicks((planned + i) * step)));
    }
    await db.SaveChangesAsync();
}
var planning = watch.Elapsed;
int scheduled;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
    scheduled = await db.CareTimers.CountAsync(t => t.WakeUpScheduledAt != null);
}
Console.WriteLine($"planned {count:N0} in {planning.TotalSeconds:F1} s ({count / planning.TotalSeconds:N0}/s); Quartz wake-ups stored: {scheduled:N0}");
if (planning > lead)
{
    Console.WriteLine($"warning: planning took longer than the lead ({leadSeconds} s); the first follow-ups were due before planning ended");
}

// 2. Coming due.
var lastDue = planStart + lead + TimeSpan.FromSeconds(windowSeconds);
var deadline = lastDue + TimeSpan.FromMinutes(15);
int due;
var listTimes = new List<double>();
var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenAsync(http));
do
{
    await Task.Delay(TimeSpan.FromSeconds(5));
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
    due = await db.RevisitCalls.CountAsync(c => c.Status == RevisitCallStatus.Due);
    var sw = Stopwatch.StartNew();
    (await http.GetAsync(new Uri("/care/calls?view=Open&pageSize=50", UriKind.Relative))).EnsureSuccessStatusCode();
    listTimes.Add(sw.Elapsed.TotalMilliseconds);
    Console.WriteLine($"  {clock.GetUtcNow().UtcDateTime:HH:mm:ss} due so far: {due:N0} / {count:N0}; call list page 1 in {sw.Elapsed.TotalMilliseconds:F0} ms");
}
while (due < count && clock.GetUtcNow().UtcDateTime < deadline);

// 3. Report.
List<double> lateness;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
    lateness = [.. (await db.RevisitCalls.AsNoTracking().Where(c => c.CameDueAt != null).Select(c => new { c.DueAt, c.CameDueAt }).ToListAsync())
        .Select(c => (c.CameDueAt!.Value - c.DueAt).TotalMilliseconds).Order()];
}
var listMs = listTimes.Order().ToList();
Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| follow-ups planned | {count:N0} (batches of {batchSize:N0}) |");
Console.WriteLine($"| planning time (rows + timers + Quartz triggers) | {planning.TotalSeconds:F1} s = {count / planning.TotalSeconds:N0} per second |");
Console.WriteLine($"| came due | {lateness.Count:N0} of {count:N0}, over a {windowSeconds} s window ({count / (double)windowSeconds:N0} per second asked) |");
Console.WriteLine($"| lateness p50 | {Percentile(lateness, 0.50):N0} ms |");
Console.WriteLine($"| lateness p99 | {Percentile(lateness, 0.99):N0} ms |");
Console.WriteLine($"| lateness max | {(lateness.Count == 0 ? 0 : lateness[^1]):N0} ms |");
Console.WriteLine($"| call list (view=Open, page 1 of 50) while the backlog grew, p50 / max | {Percentile(listMs, 0.5):N0} ms / {(listMs.Count == 0 ? 0 : listMs[^1]):N0} ms |");

await app.StopAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
try
{
    Directory.Delete(folder, recursive: true);
}
catch (IOException)
{
    // Left in the temp folder.
}
return;

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task<RevisitSubject> SeedAsync(IServiceProvider services, DateTime now)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
    var manager = User.Create("bench-manager", "经理", Role.Manager, now);
    WorkshopAdvisor.Api.Security.Passwords.Set(manager, "bench-manager-password");
    db.Users.Add(manager);
    var advisor = User.Create("bench-advisor", "王芳", Role.Advisor, now);
    db.Users.Add(advisor);
    foreach (var i in Enumerable.Range(1, 4))
    {
        db.Users.Add(User.Create($"bench-agent-{i}", $"回访专员{i}", Role.CareAgent, now));
    }
    var customer = Customer.Register(new CustomerDetails("张伟", ["13900000000"], null, CustomerClass.B, null, null, null), now);
    db.Customers.Add(customer);
    await db.SaveChangesAsync();
    var vehicle = Vehicle.Register(customer.Id, new VehicleDetails("LSVAB4BR0MN000001", true, "沪B12345", "大众 帕萨特", "DKV1", VehicleClass.Car), 10_000, now);
    db.Vehicles.Add(vehicle);
    await db.SaveChangesAsync();
    var order = RepairOrder.Receive("RO-BENCH-0001", customer, vehicle, advisor.AsStaff,
        new ReceptionDetails(10_100, 50, [], [], true, "保养", false, false), [], now);
    db.RepairOrders.Add(order);
    await db.SaveChangesAsync();
    return new RevisitSubject(order.Id, order.Number, customer.Id, customer.Name, customer.PrimaryPhone, vehicle.Plate, advisor.Id, advisor.DisplayName, now);
}

static async Task<string> TokenAsync(HttpClient http)
{
    var response = await http.PostAsJsonAsync("/auth/token", new { userName = "bench-manager", password = "bench-manager-password" });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
}
