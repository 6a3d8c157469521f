using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>投诉: complaints, their five steps, the solution and compensation, escalation to the service manager.</summary>
public static class ComplaintEndpoints
{
    public static void MapComplaints(this IEndpointRouteBuilder app)
    {
        var complaints = app.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapPost("/", async (OpenComplaintRequest request, HttpContext http, WorkshopDbContext db, IOptions<CareRules> rules, TimeProvider clock, CancellationToken ct) =>
        {
            if (request.CustomerId is not { } customerId)
            {
                return Problems.Validation("customerId", "is required");
            }
            var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
                .Select(c => new { c.Id, c.Name, Phone = c.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number).FirstOrDefault() })
                .SingleOrDefaultAsync(ct) ?? throw new InvalidValueException("customerId", $"no customer {customerId}");
            string? orderNumber = null;
            long? advisorId = null;
            if (request.OrderId is { } orderId)
            {
                var order = await db.RepairOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Number, o.AdvisorId, o.CustomerId }).SingleOrDefaultAsync(ct);
                if (order is null || order.CustomerId != customerId)
                {
                    throw new InvalidValueException("orderId", "must be an order of this customer");
                }
                (orderNumber, advisorId) = (order.Number, order.AdvisorId);
            }
            var source = http.User.IsIn(Role.Advisor) ? ComplaintSource.Advisor : http.User.IsIn(Role.Manager) ? ComplaintSource.Manager : ComplaintSource.CareAgent;
            var complaint = Complaint.Open(new ComplaintSubject(customer.Id, customer.Name, customer.Phone ?? string.Empty, request.OrderId, orderNumber, advisorId),
                source, null, request.Description, http.User.Staff(), rules.Value, clock.GetUtcNow().UtcDateTime);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/complaints/{complaint.Id}", ComplaintResponse.From(complaint));
        }).RequireAuthorization(Policies.Complaints).WithSummary("Records a complaint at once; the customer must have a proposed solution within the deadline (72 h).");

        complaints.MapGet("/", async (bool? open, bool? flagged, bool? escalated, int? page, int? pageSize, WorkshopDbContext db, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var query = db.Complaints.AsNoTracking();
            if (open != false)
            {
                query = query.Where(c => c.Status != ComplaintStatus.Closed);
            }
            if (flagged is { } f)
            {
                query = query.Where(c => c.IsFlagged == f);
            }
            if (escalated is { } e)
            {
                query = query.Where(c => c.IsEscalated == e);
            }
            var rows = query.Select(c => new
            {
                c.Id,
                c.CustomerName,
                c.OrderNumber,
                c.Status,
                c.IsEscalated,
                c.IsFlagged,
                c.OpenedAt,
                c.OwnerName,
                Deadline = c.Status == ComplaintStatus.Closed ? null
                    : c.IsEscalated ? (c.AnsweredAt == null ? c.AnswerDueAt : null)
                    : c.SolutionProposedAt == null ? (DateTime?)c.SolutionDueAt : null,
            });
            var total = await rows.CountAsync(ct);
            var items = await rows.OrderBy(r => r.Deadline == null).ThenBy(r => r.Deadline).ThenBy(r => r.Id).PageOf(p, size).ToListAsync(ct);
            return new PagedList<ComplaintListItem>(
                [.. items.Select(r => new ComplaintListItem(r.Id, r.CustomerName, r.OrderNumber, r.Status, r.IsEscalated, r.IsFlagged, r.OpenedAt, r.Deadline, r.OwnerName))],
                p, size, total);
        }).RequireAuthorization(Policies.Complaints).WithSummary("Complaints by the deadline that runs now (the solution's, or the manager's answer once escalated), most urgent first; open ones unless open=false.");

        complaints.MapGet("/{id:long}", async (long id, WorkshopDbContext db, CancellationToken ct) => ComplaintResponse.From(await FindAsync(db, id, ct)))
            .RequireAuthorization(Policies.Complaints).WithSummary("One complaint with its steps and escalations.");

        complaints.MapPost("/{id:long}/steps", (long id, ComplaintStepRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, (c, now) => c.RecordStep(request.Step ?? throw new InvalidValueException("step", "is required"), request.Note, http.User.Staff(), now), clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Records a step: Listened, Apologised, FactsClarified, SolutionAgreed, Thanked.");

        complaints.MapPost("/{id:long}/solution", (long id, ProposeSolutionRequest request, HttpContext http, WorkshopDbContext db, IOptions<CareRules> rules, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, async (c, now) =>
            {
                c.ProposeSolution(request.Solution, request.Compensation ?? 0m, http.User.Staff(), rules.Value, now);
                if (c.CompensationApproval == CompensationApproval.Pending)
                {
                    foreach (var manager in await ManagersAsync(db, ct))
                    {
                        db.Alerts.Add(Alert.Raise(AlertKind.CompensationApprovalNeeded, manager, nameof(Complaint), c.Id, now.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            $"赔偿审批 Compensation of {Money.Format(c.Compensation)} for {c.CustomerName} waits for your approval.", now));
                    }
                }
            }, clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Proposes a solution (with compensation, if any). Above the threshold, compensation waits for the manager's approval. On an escalated complaint this is the manager's answer.");

        complaints.MapPost("/{id:long}/compensation-decision", (long id, CompensationDecisionRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, (c, now) => c.DecideCompensation(request.Approved ?? throw new InvalidValueException("approved", "is required"), request.Note, http.User.Staff(), now), clock, ct))
            .RequireAuthorization(Policies.Manager).WithSummary("The service manager approves or rejects compensation above the threshold.");

        complaints.MapPost("/{id:long}/escalation", (long id, EscalateRequest request, WorkshopDbContext db, IOptions<CareRules> rules, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, async (c, now) =>
            {
                var owner = await db.Users.AsNoTracking().Where(u => u.Role == Role.Manager && u.IsActive).OrderBy(u => u.Id)
                    .Select(u => new StaffRef(u.Id, u.DisplayName)).FirstOrDefaultAsync(ct)
                    ?? throw new RuleViolationException("no-service-manager", "There is no active service manager to escalate to.");
                c.Escalate(request.Reason, owner, rules.Value, now);
                db.Alerts.Add(Alert.Raise(AlertKind.ComplaintEscalated, owner.UserId, nameof(Complaint), c.Id, nameof(EscalationKind.Manual),
                    $"投诉升级 Complaint of {c.CustomerName} escalated to you: {request.Reason}. Answer due {c.AnswerDueAt:u}.", now));
            }, clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Hands the complaint to the service manager (beyond the advisor's authority); the manager answers within the escalated deadline (2 days).");

        complaints.MapPost("/{id:long}/closure", (long id, CloseComplaintRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, (c, now) => c.Close(request.Outcome, http.User.Staff(), now), clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Closes the complaint with its outcome; needs a proposed solution and, above the threshold, approved compensation.");
    }

    private static Task<ComplaintResponse> ActAsync(WorkshopDbContext db, long id, Action<Complaint, DateTime> action, TimeProvider clock, CancellationToken ct) =>
        ActAsync(db, id, (c, now) =>
        {
            action(c, now);
            return Task.CompletedTask;
        }, clock, ct);

    private static async Task<ComplaintResponse> ActAsync(WorkshopDbContext db, long id, Func<Complaint, DateTime, Task> action, TimeProvider clock, CancellationToken ct)
    {
        var complaint = await FindAsync(db, id, ct);
        await action(complaint, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return ComplaintResponse.From(complaint);
    }

    private static async Task<Complaint> FindAsync(WorkshopDbContext db, long id, CancellationToken ct) =>
        await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"No complaint {id}.");

    private static async Task<List<long>> ManagersAsync(WorkshopDbContext db, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Role == Role.Manager && u.IsActive).Select(u => u.Id).ToListAsync(ct);
}
