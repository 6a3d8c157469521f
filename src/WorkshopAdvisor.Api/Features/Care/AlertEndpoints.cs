using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>Alerts are personal: everyone sees and acknowledges their own.</summary>
public static class AlertEndpoints
{
    public static void MapAlerts(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/alerts").WithTags("Alerts");

        alerts.MapGet("/", async (bool? unread, int? page, int? pageSize, HttpContext http, WorkshopDbContext db, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var me = http.User.Staff().UserId;
            var query = db.Alerts.AsNoTracking().Where(a => a.RecipientId == me);
            if (unread == true)
            {
                query = query.Where(a => a.AcknowledgedAt == null);
            }
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).PageOf(p, size)
                .ProjectToResponse().ToListAsync(ct);
            return new PagedList<AlertResponse>(items, p, size, total);
        }).RequireAuthorization(Policies.Staff).WithSummary("Your alerts, newest first (unread=true for the ones not yet acknowledged).");

        alerts.MapPost("/{id:long}/acknowledgement", async (long id, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException($"No alert {id}.");
            alert.Acknowledge(http.User.Staff(), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return alert.ToResponse();
        }).RequireAuthorization(Policies.Staff).WithSummary("Acknowledges one of your alerts.");
    }
}
