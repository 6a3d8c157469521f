using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>
/// Loads a whole repair order, lets one action change it, and saves it. The order's version is its ETag.
/// A client that sends If-Match gets a 409 when the order changed since it read it. Without If-Match, an
/// action that collides with a concurrent save is applied again to the fresh order, where the domain
/// checks its rules anew: two technicians finishing two jobs of one car both succeed, and nothing that
/// the other saved is overwritten.
/// </summary>
public sealed class OrderStore(WorkshopDbContext db, TimeProvider clock)
{
    private const int Attempts = 10;

    public WorkshopDbContext Db => db;

    public async Task<RepairOrder> LoadAsync(long id, CancellationToken ct, bool tracking = true)
    {
        var query = db.RepairOrders.Include(o => o.Estimates).ThenInclude(v => v.Lines).Include(o => o.Jobs).AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }
        return await query.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException($"No repair order {id}.");
    }

    public Task<RepairOrderResponse> ActAsync(HttpContext http, long id, Action<RepairOrder, DateTime> action, CancellationToken ct) =>
        ActAsync(http, id, (o, now) =>
        {
            action(o, now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// As above, for an action that also writes outside the order (a settlement number): the transaction
    /// starts after the order is read, so a refused action gives back what it took.
    /// </summary>
    public async Task<RepairOrderResponse> ActAsync(HttpContext http, long id, Func<RepairOrder, DateTime, Task> action, CancellationToken ct, bool transactional = false)
    {
        var expected = ExpectedVersion(http);
        for (var attempt = 1; ; attempt++)
        {
            var order = await LoadAsync(id, ct);
            if (expected is { } version && version != order.Version)
            {
                throw new ConcurrencyConflictException($"The order is at version {order.Version}, not {version} as the If-Match header says: someone changed it. Reload it.");
            }
            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                await (transactional ? db.WriteAsync(() => InTransaction(() => action(order, now), ct), ct) : ActAndSave(() => action(order, now), ct));
                http.Response.Headers.ETag = ETag(order.Version);
                return order.ToResponse(now);
            }
            // A concurrent save shows either as a stale version or, where the action also inserted rows with
            // unique keys (the revisit plan of a handover), as the other save's rows already being there.
            catch (DbUpdateException e) when (expected is null && attempt < Attempts && (e is DbUpdateConcurrencyException || UniqueViolations.IsUniqueViolation(e)))
            {
                db.ChangeTracker.Clear();
                // A short, growing, random pause so that the colliding writers do not collide again in step.
                await Task.Delay(Random.Shared.Next(1, 5) * attempt, ct);
            }
        }
    }

    private async Task<int> ActAndSave(Func<Task> act, CancellationToken ct)
    {
        await act();
        return await db.SaveChangesAsync(ct);
    }

    private async Task<int> InTransaction(Func<Task> act, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var written = await ActAndSave(act, ct);
        await transaction.CommitAsync(ct);
        return written;
    }

    public static string ETag(int version) => $"\"{version}\"";

    private static int? ExpectedVersion(HttpContext http)
    {
        var header = http.Request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*")
        {
            return null;
        }
        return int.TryParse(header.Trim().TrimStart('W', '/').Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new Domain.Common.InvalidValueException("If-Match", "must be the order's ETag, e.g. \"3\"");
    }
}
