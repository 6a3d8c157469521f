using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;

namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>
/// The unit of work over the shop's database. Provider-neutral: <see cref="SqliteWorkshopDbContext"/>,
/// <see cref="NpgsqlWorkshopDbContext"/> and <see cref="SqlServerWorkshopDbContext"/> exist so that each provider
/// has its own migrations (and SQLite its write gate).
/// On save, the changes the aggregates recorded become audit entries, and each changed aggregate's
/// version moves on, so that a concurrent edit of the same aggregate fails instead of overwriting.
/// Save reactions (<see cref="ISaveReaction"/>) add what must be written in the same transaction.
/// </summary>
public abstract class WorkshopDbContext(DbContextOptions options, ICurrentActor actor, TimeProvider clock, IEnumerable<ISaveReaction>? reactions = null) : DbContext(options)
{
    private readonly ISaveReaction[] _reactions = [.. reactions ?? []];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RepairOrder> RepairOrders => Set<RepairOrder>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SignatureImage> SignatureImages => Set<SignatureImage>();

    public DbSet<SigningLink> SigningLinks => Set<SigningLink>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RevisitCall> RevisitCalls => Set<RevisitCall>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<CareContact> CareContacts => Set<CareContact>();

    public DbSet<CareTimer> CareTimers => Set<CareTimer>();

    /// <summary>Runs the action once this unit of work's changes are committed (see <see cref="AfterCommitInterceptor"/>).</summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    internal async Task RunAfterCommitAsync(CancellationToken cancellationToken)
    {
        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            await action(cancellationToken);
        }
    }

    internal void DiscardAfterCommit() => _afterCommit.Clear();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Runs a unit of writes (a transaction, a counter) in turn with this process's other writers where the database needs it.</summary>
    public virtual Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => write();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        WriteAsync(() => SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var afterInsert = new List<Action>();
        foreach (var reaction in _reactions)
        {
            if (await reaction.BeforeSaveAsync(this, now, cancellationToken) is { } then)
            {
                afterInsert.Add(then);
            }
        }
        var audited = ChangeTracker.Entries<AggregateRoot>()
            .Select(e => (Entry: e, Changes: e.Entity.TakeChanges()))
            .Where(x => x.Changes.Count > 0)
            .ToList();
        if (audited.Count == 0 && afterInsert.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var entries = audited.SelectMany(x => x.Changes.Select(c => (x.Entry.Entity, Audit: new AuditEntry
        {
            At = now,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            EntityType = x.Entry.Entity.GetType().Name,
            EntityId = x.Entry.Entity.Id,
            Action = c.Action,
            FromState = c.FromState,
            ToState = c.ToState,
            Details = c.Details,
        }))).ToList();

        // A new aggregate gets its id from the database: write it first, then its audit entries, in one transaction.
        if (audited.All(x => x.Entry.State != EntityState.Added) && afterInsert.Count == 0)
        {
            AuditEntries.AddRange(entries.Select(e => e.Audit));
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var (entity, audit) in entries)
            {
                audit.EntityId = entity.Id;
            }
            AuditEntries.AddRange(entries.Select(e => e.Audit));
            foreach (var then in afterInsert)
            {
                then();
            }
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkshopDbContext).Assembly);
}

/// <summary>The embedded default: one SQLite file next to the API; its writers take turns (<see cref="SqliteWriteGate"/>).</summary>
public sealed class SqliteWorkshopDbContext(DbContextOptions<SqliteWorkshopDbContext> options, ICurrentActor actor, TimeProvider clock, IEnumerable<ISaveReaction>? reactions = null)
    : WorkshopDbContext(options, actor, clock, reactions)
{
    private SqliteWriteGate Gate => SqliteWriteGate.For(Database.GetConnectionString() ?? string.Empty);

    public override Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => Gate.RunAsync(write, cancellationToken);
}

/// <summary>Production: PostgreSQL through Npgsql, shared by several API instances.</summary>
public sealed class NpgsqlWorkshopDbContext(DbContextOptions<NpgsqlWorkshopDbContext> options, ICurrentActor actor, TimeProvider clock, IEnumerable<ISaveReaction>? reactions = null)
    : WorkshopDbContext(options, actor, clock, reactions);

/// <summary>Production on Microsoft SQL Server, shared by several API instances like PostgreSQL (docs/adr/0008).</summary>
public sealed class SqlServerWorkshopDbContext(DbContextOptions<SqlServerWorkshopDbContext> options, ICurrentActor actor, TimeProvider clock, IEnumerable<ISaveReaction>? reactions = null)
    : WorkshopDbContext(options, actor, clock, reactions);
