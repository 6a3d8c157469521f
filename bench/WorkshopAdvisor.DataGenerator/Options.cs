using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.DataGenerator;

internal sealed record Options(DatabaseProvider Provider, string Connection, int Customers, int Vehicles, int Orders, int Years, int Seed, string Password)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Get(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var provider = Enum.Parse<DatabaseProvider>(Get("provider") ?? "Sqlite", ignoreCase: true);
        var connection = Get("connection") ?? (provider == DatabaseProvider.Sqlite ? "Data Source=workshop-large.db" : throw new ArgumentException($"--connection is required for {provider}"));
        return new(provider, connection, Number("customers", 50_000), Number("vehicles", 60_000), Number("orders", 200_000), Number("years", 5), Number("seed", 42),
            Get("password") ?? "load-test-password");
    }

    public WorkshopDbContext CreateContext(TimeProvider clock) => new DatabaseOptions(Provider, Connection).CreateContext(SystemActor.Instance, clock);
}

/// <summary>The audit trail's clock follows the generated history, batch by batch.</summary>
internal sealed class GeneratorClock : TimeProvider
{
    public DateTime Now { get; set; }

    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc));
}
