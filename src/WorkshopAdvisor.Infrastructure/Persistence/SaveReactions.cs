using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>
/// Something that must happen in the same transaction as certain changes, without the aggregate that
/// changed knowing about it (for example, a handover plans its revisit calls). Runs before the changes are
/// written, so that aggregates it adds or changes are audited like any other.
/// </summary>
public interface ISaveReaction
{
    /// <summary>
    /// Looks at the tracked changes and adds or changes what follows from them. May return work that needs
    /// the ids of rows about to be inserted; it runs after they are written, in the same transaction.
    /// </summary>
    ValueTask<Action?> BeforeSaveAsync(WorkshopDbContext db, DateTime now, CancellationToken cancellationToken);
}

/// <summary>
/// Runs what a unit of work asked to run once its changes are committed (<see cref="WorkshopDbContext.AfterCommit"/>):
/// after the commit of the transaction it was in, or after SaveChanges when there was no explicit transaction.
/// A rollback discards it.
/// </summary>
public sealed class AfterCommitInterceptor : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public static readonly AfterCommitInterceptor Instance = new();

    public override async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is WorkshopDbContext db)
        {
            await db.RunAfterCommitAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is WorkshopDbContext db)
        {
            db.RunAfterCommitAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as WorkshopDbContext)?.DiscardAfterCommit();
        return Task.CompletedTask;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is WorkshopDbContext { Database.CurrentTransaction: null } db)
        {
            await db.RunAfterCommitAsync(cancellationToken);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is WorkshopDbContext { Database.CurrentTransaction: null } db)
        {
            db.RunAfterCommitAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }
}
