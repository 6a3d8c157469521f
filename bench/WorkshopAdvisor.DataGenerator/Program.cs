using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.DataGenerator;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;
using WorkshopAdvisor.Infrastructure.Persistence;

// Usage: dotnet run -c Release --project bench/WorkshopAdvisor.DataGenerator -- \
//          --provider Sqlite|Postgres|SqlServer --connection "<connection string>" [--customers 50000] [--vehicles 60000]
//          [--orders 200000] [--years 5] [--seed 42] [--password load-test-password]
var options = Options.Parse(args);
var clock = new GeneratorClock();
await using var db = options.CreateContext(clock);
var total = Stopwatch.StartNew();
if (options.Provider == DatabaseProvider.Sqlite)
{
    SqliteFiles.PrepareFile(options.Connection);
}
await db.Database.MigrateAsync();
if (await db.Customers.AnyAsync() || await db.Users.AnyAsync())
{
    Console.Error.WriteLine("The database is not empty: the generator fills a new database only.");
    return 1;
}
db.ChangeTracker.AutoDetectChangesEnabled = false;
var random = new Random(options.Seed);
var ids = new Identifiers(random);
var now = DateTime.UtcNow;
var rules = new CareRules();
var start = now.AddYears(-options.Years);
clock.Now = start;

// Staff
var hasher = new PasswordHasher<User>();
var users = new List<User>();
foreach (var (userName, displayName, role) in Staff.Accounts(random))
{
    var user = User.Create(userName, displayName, role, start);
    user.SetPasswordHash(hasher.HashPassword(user, options.Password));
    users.Add(user);
}
db.Users.AddRange(users);
await db.SaveChangesAsync();
var staff = new Staff(users);
Console.WriteLine($"staff: {users.Count} accounts, password '{options.Password}' ({total.Elapsed.TotalSeconds:F1} s)");

// Customers and their vehicles
var customers = new List<Customer>(options.Customers);
for (var i = 0; i < options.Customers; i++)
{
    var cls = random.Next(100) switch { < 10 => CustomerClass.A, < 40 => CustomerClass.B, _ => CustomerClass.C };
    customers.Add(Customer.Register(new CustomerDetails(ChineseNames.Person(random), [ids.Phone()], ChineseNames.Address(random), cls, "家用", null, null),
        start.AddDays(random.Next(options.Years * 365))));
}
await SaveInBatches(customers, c => db.Customers.Add(c));
var care = new CareHistory(random, staff, rules, now);
await SaveInBatches(customers, c =>
{
    db.Customers.Attach(c);
    if (care.LastContact(c) is { } contact)
    {
        db.CareContacts.Add(contact);
    }
    db.Entry(c).State = EntityState.Modified;
});
var vehicles = new List<Vehicle>(options.Vehicles);
for (var i = 0; i < options.Vehicles; i++)
{
    var owner = customers[i < customers.Count ? i : random.Next(customers.Count)];
    var (model, engine) = ChineseNames.Models[random.Next(ChineseNames.Models.Length)];
    var newEnergy = model.Contains("EV", StringComparison.Ordinal) || model.Contains("DM", StringComparison.Ordinal);
    vehicles.Add(Vehicle.Register(owner.Id, new VehicleDetails(ids.Vin(), false, ids.Plate(newEnergy), model, engine + random.Next(100_000, 999_999),
        random.Next(50) == 0 ? VehicleClass.Other : VehicleClass.Car), random.Next(0, 30_000), start));
}
await SaveInBatches(vehicles, v => db.Vehicles.Add(v));
Console.WriteLine($"archive: {customers.Count} customers, {vehicles.Count} vehicles ({total.Elapsed.TotalSeconds:F1} s)");

// Five years of visits, oldest first, so that numbers follow the calendar and returns follow their originals.
var visits = Enumerable.Range(0, options.Orders)
    .Select(i => (Vehicle: i < vehicles.Count ? i : random.Next(vehicles.Count), At: start.AddMinutes(random.NextDouble() * (now - start).TotalMinutes)))
    .OrderBy(v => v.At)
    .ToList();
var shopZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
string Day(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, shopZone).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
var sequences = new Dictionary<string, long>();
string Next(string prefix, DateTime at)
{
    var key = $"{prefix}-{Day(at)}";
    sequences[key] = sequences.GetValueOrDefault(key) + 1;
    return $"{key}-{sequences[key]:D4}";
}
// One signature image stands for every signature drawn on the pad in five years: the rows reference it, nobody prints them.
var signature = new SignatureImage
{
    Id = Guid.CreateVersion7(),
    Image = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
    ContentType = SignatureImage.Png,
    CreatedAt = start,
};
db.SignatureImages.Add(signature);
await db.SaveChangesAsync();
var make = new Visits(random, staff, new ShopPolicy(shopZone, 0.10m), signature.Id);
var customerById = customers.ToDictionary(c => c.Id);
var odometer = vehicles.Select(v => v.LastOdometerKm).ToArray();
var lastVisit = new RepairOrder?[vehicles.Count];
var openUntil = new DateTime[vehicles.Count];
var batch = new List<RepairOrder>();
var made = 0;
int calls = 0, complaints = 0, timers = 0;
foreach (var (index, at) in visits)
{
    if (openUntil[index] > at)
    {
        continue; // the car is still in the shop; this visit did not happen
    }
    var vehicle = vehicles[index];
    var age = now - at;
    var stage = age.TotalDays > 2 ? Visits.Stage.Done : (Visits.Stage)random.Next(Enum.GetValues<Visits.Stage>().Length);
    odometer[index] += random.Next(500, 9_000);
    var previous = lastVisit[index];
    var returnOf = previous is { Status: OrderStatus.HandedOver, Guarantee: not null } && at - previous.HandedOverAt!.Value < TimeSpan.FromDays(8) ? previous : null;
    if (returnOf is not null)
    {
        odometer[index] = returnOf.Guarantee!.StartOdometerKm + random.Next(50, 1_500);
    }
    db.Vehicles.Attach(vehicle);
    var order = make.Make(Next("RO", at), customerById[vehicle.CustomerId], vehicle, odometer[index], at, stage, previous, returnOf, handedOverAt => Next("JS", handedOverAt));
    db.Entry(vehicle).State = EntityState.Modified;
    openUntil[index] = order.Status is OrderStatus.HandedOver or OrderStatus.Cancelled ? order.ClosedAt!.Value : DateTime.MaxValue;
    lastVisit[index] = order;
    batch.Add(order);
    if (batch.Count == 500)
    {
        await Flush();
    }
}
await Flush();
db.NumberSequences.AddRange(sequences.Select(s => new NumberSequence { Key = s.Key, Value = s.Value }));
await db.SaveChangesAsync();
Console.WriteLine($"orders: {made} repair orders, {calls} revisit calls, {complaints} complaints, {timers} care timers ({total.Elapsed.TotalSeconds:F1} s)");
var wakeUps = await StoreWakeUpsAsync(options);
Console.WriteLine($"care: wake-ups stored for {wakeUps} pending timers ({total.Elapsed.TotalSeconds:F1} s)");
Console.WriteLine($"done in {total.Elapsed.TotalSeconds:F1} s");
return 0;

async Task Flush()
{
    clock.Now = batch.Count > 0 ? batch[^1].ReceivedAt : clock.Now;
    db.RepairOrders.AddRange(batch);
    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();

    // Care follows the orders: calls need the orders' ids, complaints the calls', timers and alerts all of them.
    var stories = batch.Where(o => o.Status == OrderStatus.HandedOver).SelectMany(care.Calls).ToList();
    db.RevisitCalls.AddRange(stories.Select(s => s.Call));
    await db.SaveChangesAsync();
    var raised = stories.Where(s => s.Call.ComplaintRaised).Select(s => care.Complaint(s.Call)).ToList();
    db.Complaints.AddRange(raised.Select(c => c.Complaint));
    await db.SaveChangesAsync();
    var followUps = raised.Select(care.FollowUp).OfType<CareHistory.CallStory>().ToList();
    db.RevisitCalls.AddRange(followUps.Select(s => s.Call));
    db.Alerts.AddRange(stories.Select(CareHistory.WarrantyReturnAlert).OfType<Alert>());
    await db.SaveChangesAsync();
    stories.AddRange(followUps);
    var ledger = stories.SelectMany(CareHistory.CallTimers).Concat(batch.SelectMany(care.PromiseChecks)).ToList();
    foreach (var (complaintTimers, alerts) in raised.Select(care.ComplaintTimers))
    {
        ledger.AddRange(complaintTimers);
        db.Alerts.AddRange(alerts);
    }
    db.CareTimers.AddRange(ledger);
    await db.SaveChangesAsync();
    calls += stories.Count;
    complaints += raised.Count;
    timers += ledger.Count;

    db.ChangeTracker.Clear();
    made += batch.Count;
    batch.Clear();
    if (made % 20_000 < 500)
    {
        Console.WriteLine($"  {made} orders ({total.Elapsed.TotalSeconds:F1} s)");
    }
}

async Task SaveInBatches<T>(List<T> items, Action<T> add)
{
    foreach (var chunk in items.Chunk(2_000))
    {
        foreach (var item in chunk)
        {
            add(item);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}

// The pending timers get their Quartz wake-ups as the API would store them (same scheduler name, same store),
// so that the API's first start on the generated data finds nothing to catch up on.
static async Task<int> StoreWakeUpsAsync(Options options)
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton(TimeProvider.System);
    services.AddSingleton<ICurrentActor>(SystemActor.Instance);
    var database = new DatabaseOptions(options.Provider, options.Connection);
    services.AddWorkshopPersistence(database);
    services.AddOptions<CareRules>();
    services.AddCareEngine(new ConfigurationBuilder().Build(), database);
    await using var provider = services.BuildServiceProvider();
    return await provider.GetRequiredService<CareWakeUps>().ScheduleMissingAsync(CancellationToken.None);
}
