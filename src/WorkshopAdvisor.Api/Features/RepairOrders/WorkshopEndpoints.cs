using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record DispatchRequest(long? TechnicianId);

public sealed record PauseRequest(string? Reason);

/// <summary>An extra fault found in the bay; <c>safety</c> when it concerns the car's safety (declined, it is printed as suggested for the next visit).</summary>
public sealed record ExtraFaultRequest(string? Description, int? JobNumber, bool Safety);

/// <summary>The customer declined an extra fault without having it priced, by name.</summary>
public sealed record ExtraFaultDeclineRequest(string? DeclinedBy);

public sealed record DelayNoticeRequest(string? Reason, DateTimeOffset? NewPromisedCompletionAt);

public sealed record MyJob(long OrderId, string OrderNumber, string? Plate, string Model, int JobNumber, string Description, JobStatus Status, string? PauseReason, DateTime? PromisedCompletionAt);

/// <summary>派工 and the work in the bays: jobs, extra faults, and telling the customer when it will be late.</summary>
public static class WorkshopEndpoints
{
    public static void MapWorkshop(this RouteGroupBuilder orders)
    {
        orders.MapPost("/{id:long}/jobs/{job:int}/dispatch", Dispatch).RequireAuthorization(Policies.Dispatch)
            .WithSummary("Dispatches a job to a technician (or moves it to another one while it waits or is paused).");

        orders.MapPost("/{id:long}/jobs/{job:int}/start", (long id, int job, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.StartJob(job, http.User.Staff(), OnBehalf(http), now), ct))
            .RequireAuthorization(Policies.Workshop).WithSummary("Starts or resumes a job; the clock runs.");

        orders.MapPost("/{id:long}/jobs/{job:int}/pause", (long id, int job, PauseRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.PauseJob(job, request.Reason, http.User.Staff(), OnBehalf(http), now), ct))
            .RequireAuthorization(Policies.Workshop).WithSummary("Pauses a job with the reason (e.g. waiting for parts); the clock stops.");

        orders.MapPost("/{id:long}/jobs/{job:int}/finish", (long id, int job, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.FinishJob(job, http.User.Staff(), OnBehalf(http), now), ct))
            .RequireAuthorization(Policies.Workshop).WithSummary("Finishes a job; after the last one the car goes to final inspection.");

        orders.MapPost("/{id:long}/extra-faults", (long id, ExtraFaultRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.ReportExtraFault(request.Description, request.JobNumber, http.User.Staff(), now, request.Safety), ct))
            .RequireAuthorization(Policies.Workshop).WithSummary("Reports an extra fault found (增项) to the advisor; it must be decided before final inspection.");

        orders.MapPost("/{id:long}/extra-faults/{fault:int}/decline", (long id, int fault, ExtraFaultDeclineRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.DeclineExtraFault(fault, request.DeclinedBy, http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Records that the customer declined an extra fault without having it priced; a safety item prints as suggested for the next visit.");

        orders.MapPost("/{id:long}/delay-notices", (long id, DelayNoticeRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.RecordDelayNotice(request.Reason,
                request.NewPromisedCompletionAt?.UtcDateTime ?? throw new InvalidValueException("newPromisedCompletionAt", "is required"), http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.FrontDesk).WithSummary("Records that the customer was told the car will be late, why, and the new time.");
    }

    public static void MapMyJobs(this IEndpointRouteBuilder app) =>
        app.MapGet("/technicians/me/jobs", async (HttpContext http, OrderStore store, CancellationToken ct) =>
        {
            var me = http.User.Staff().UserId;
            var open = new[] { OrderStatus.Approved, OrderStatus.InProgress };
            var jobs = from o in store.Db.RepairOrders.AsNoTracking()
                       where open.Contains(o.Status)
                       from j in o.Jobs
                       where j.TechnicianId == me && j.Status != JobStatus.Done
                       orderby o.PromisedCompletionAt, o.Id, j.Number
                       select new MyJob(o.Id, o.Number, o.Plate, o.Model, j.Number, j.Description, j.Status, j.PauseReason, o.PromisedCompletionAt);
            return Results.Ok(await jobs.ToListAsync(ct));
        }).RequireAuthorization(Policies.Workshop).WithTags("Workshop").WithSummary("The jobs dispatched to the signed-in technician that are not done.");

    private static async Task<RepairOrderResponse> Dispatch(long id, int job, DispatchRequest request, HttpContext http, OrderStore store, CancellationToken ct)
    {
        var technician = await store.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.TechnicianId, ct);
        if (technician is not { Role: Role.Technician, IsActive: true })
        {
            throw new InvalidValueException("technicianId", "must be an active technician");
        }
        return await store.ActAsync(http, id, (o, _) => o.DispatchJob(job, technician.AsStaff), ct);
    }

    /// <summary>The foreman may start, pause or finish a job on the technician's behalf (e.g. at the end of a shift).</summary>
    private static bool OnBehalf(HttpContext http) => http.User.IsIn(Role.Foreman);
}
