using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Identifiers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record RepairOrderListItem(
    long Id,
    string Number,
    OrderStatus Status,
    string? Plate,
    string Model,
    string CustomerName,
    long AdvisorId,
    string AdvisorName,
    DateTime ReceivedAt,
    DateTime? PromisedCompletionAt,
    string? WarrantyReturnOriginalOrderNumber);

public sealed record AuditEntryResponse(DateTime At, string ActorName, string ActorRole, string Action, string? FromState, string? ToState, string? Details);

public static class RepairOrderQueries
{
    public static void MapRepairOrderQueries(this RouteGroupBuilder orders)
    {
        orders.MapGet("/", List).RequireAuthorization(Policies.Staff)
            .WithSummary("Repair orders, newest first; filter by status (repeatable), advisor, technician, date received (shop calendar) and plate fragment.");

        orders.MapGet("/{id:long}", async (long id, HttpContext http, OrderStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var order = await store.LoadAsync(id, ct, tracking: false);
            http.Response.Headers.ETag = OrderStore.ETag(order.Version);
            return Results.Ok(order.ToResponse(clock.GetUtcNow().UtcDateTime));
        }).RequireAuthorization(Policies.Staff).WithSummary("One repair order with everything that happened to it; the ETag is its version.");

        orders.MapGet("/by-number/{number}", async (string number, WorkshopDbContext db, CancellationToken ct) =>
        {
            var normalized = number.Trim().ToUpperInvariant();
            var id = await db.RepairOrders.Where(o => o.Number == normalized).Select(o => (long?)o.Id).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"No repair order {number}.");
            return Results.Redirect($"/repair-orders/{id}");
        }).RequireAuthorization(Policies.Staff).WithSummary("Finds an order by its number (RO-yyyyMMdd-NNNN).");

        orders.MapGet("/{id:long}/audit", async (long id, WorkshopDbContext db, CancellationToken ct) =>
        {
            if (!await db.RepairOrders.AnyAsync(o => o.Id == id, ct))
            {
                throw new NotFoundException($"No repair order {id}.");
            }
            return Results.Ok(await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == nameof(RepairOrder) && a.EntityId == id)
                .OrderBy(a => a.Id)
                .ProjectToResponse()
                .ToListAsync(ct));
        }).RequireAuthorization(Policies.Staff).WithSummary("Who did what to the order, when, and the status before and after.");
    }

    public static async Task<IResult> List(
        [Microsoft.AspNetCore.Mvc.FromQuery] OrderStatus[]? status, long? advisorId, long? technicianId, DateOnly? from, DateOnly? to, string? plate,
        int? page, int? pageSize, WorkshopDbContext db, ShopCalendar calendar, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.RepairOrders.AsNoTracking();
        if (status is { Length: > 0 })
        {
            query = query.Where(o => status.Contains(o.Status));
        }
        if (advisorId is { } advisor)
        {
            query = query.Where(o => o.AdvisorId == advisor);
        }
        if (technicianId is { } technician)
        {
            query = query.Where(o => o.Jobs.Any(j => j.TechnicianId == technician));
        }
        if (from is { } fromDay)
        {
            var start = calendar.DayInUtc(fromDay).Start;
            query = query.Where(o => o.ReceivedAt >= start);
        }
        if (to is { } toDay)
        {
            var end = calendar.DayInUtc(toDay).End;
            query = query.Where(o => o.ReceivedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(plate))
        {
            var fragment = Plate.Normalize(plate);
            query = query.Where(o => o.Plate != null && o.Plate.Contains(fragment));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(o => o.ReceivedAt).ThenByDescending(o => o.Id).PageOf(p, size)
            .ProjectToListItem()
            .ToListAsync(ct);
        return Results.Ok(new PagedList<RepairOrderListItem>(items, p, size, total));
    }
}
