using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Benchmarks.Queries;

/// <summary>
/// The screens the front desk opens all day, in-process (no HTTP), on a generated five-year database
/// (bench/WorkshopAdvisor.DataGenerator): the today board, a look-up by plate fragment, a vehicle's
/// history. Set WORKSHOP_BENCH_SQLITE to the generated file (a migrated copy is used) and/or
/// WORKSHOP_BENCH_POSTGRES or WORKSHOP_BENCH_SQLSERVER to the generated database's connection string.
/// </summary>
[SimpleJob(warmupCount: 5, iterationCount: 20)]
[Config(typeof(Support.BenchConfig))]
public class ScreenQueries
{
    private static readonly ShopCalendar Calendar = new(TimeProvider.System, Options.Create(new ShopOptions()));
    private DatabaseOptions _database = null!;
    private string? _copy;
    private long[] _vehicleIds = [];
    private string[] _fragments = [];
    private int _next;

    public static IEnumerable<string> Providers() =>
        new[] { ("Sqlite", "WORKSHOP_BENCH_SQLITE"), ("Postgres", "WORKSHOP_BENCH_POSTGRES"), ("SqlServer", "WORKSHOP_BENCH_SQLSERVER") }
            .Where(p => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(p.Item2)))
            .Select(p => p.Item1);

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "Sqlite")
        {
            _copy = Path.Combine(Path.GetTempPath(), $"workshop-bench-{Guid.NewGuid():N}.db");
            File.Copy(Environment.GetEnvironmentVariable("WORKSHOP_BENCH_SQLITE")!, _copy);
            _database = new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={_copy}");
        }
        else
        {
            var variable = Provider == "Postgres" ? "WORKSHOP_BENCH_POSTGRES" : "WORKSHOP_BENCH_SQLSERVER";
            _database = new DatabaseOptions(Enum.Parse<DatabaseProvider>(Provider), Environment.GetEnvironmentVariable(variable)!);
        }
        using var db = Context();
        db.Database.Migrate();
        var random = new Random(7);
        var vehicles = db.Vehicles.AsNoTracking().Select(v => new { v.Id, v.Plate }).ToList();
        _vehicleIds = [.. Enumerable.Range(0, 1_000).Select(_ => vehicles[random.Next(vehicles.Count)].Id)];
        _fragments = [.. Enumerable.Range(0, 1_000).Select(_ => vehicles[random.Next(vehicles.Count)].Plate![2..6])];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_copy is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_copy + suffix);
            }
        }
    }

    [Benchmark]
    public async Task<object> TodayBoard()
    {
        await using var db = Context();
        return await Api.Features.Boards.TodayBoard.Get(null, db, Calendar, default);
    }

    [Benchmark]
    public async Task<object> LookUpByPlateFragment()
    {
        await using var db = Context();
        return await VehicleEndpoints.LookupAsync(_fragments[_next++ % _fragments.Length], db, TimeProvider.System, default);
    }

    [Benchmark]
    public async Task<object> VehicleHistory()
    {
        await using var db = Context();
        return await Api.Features.Vehicles.VehicleHistory.Get(_vehicleIds[_next++ % _vehicleIds.Length], db, default);
    }

    private WorkshopDbContext Context() => _database.CreateContext(SystemActor.Instance, TimeProvider.System);
}
