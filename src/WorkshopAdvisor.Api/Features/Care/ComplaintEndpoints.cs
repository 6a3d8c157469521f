using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>投诉: complaints and their owner, their five steps, the solution and the compensation ladder, escalation to the service manager.</summary>
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
            StaffRef? owner = null;
            if (request.OwnerId is { } ownerId)
            {
                var complaintRoles = Policies.Roles[Policies.Complaints];
                owner = await db.Users.AsNoTracking().Where(u => u.Id == ownerId && u.IsActive && complaintRoles.Contains(u.Role))
                    .Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct)
                    ?? throw new InvalidValueException("ownerId", "must be an active member of staff who works complaints (care agent, advisor, manager)");
            }
            var role = http.User.StaffRole();
            var source = role switch
            {
                Role.Advisor => ComplaintSource.Advisor,
                Role.Manager or Role.GeneralManager => ComplaintSource.Manager,
                _ => ComplaintSource.CareAgent,
            };
            var complaint = Complaint.Open(new ComplaintSubject(customer.Id, customer.Name, customer.Phone ?? string.Empty, request.OrderId, orderNumber, advisorId),
                source, null, request.Description, http.User.Staff(), owner, rules.Value, clock.GetUtcNow().UtcDateTime);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/complaints/{complaint.Id}", ComplaintResponse.From(complaint));
        }).RequireAuthorization(Policies.Complaints).WithSummary("Records a complaint at once, owned by whoever opened it (or by ownerId: first-contact ownership); the customer must have a proposed solution within the deadline (72 h).");

        complaints.MapGet("/", async (bool? open, bool? flagged, bool? escalated, long? ownerId, bool? mine, int? page, int? pageSize, HttpContext http, WorkshopDbContext db, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var query = db.Complaints.AsNoTracking();
            if ((mine == true ? http.User.Staff().UserId : ownerId) is { } owner)
            {
                query = query.Where(c => c.OwnerId == owner);
            }
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
        }).RequireAuthorization(Policies.Complaints).WithSummary("Complaints by the deadline that runs now (the solution's, or the manager's answer once escalated), most urgent first; open ones unless open=false; mine=true (or ownerId) for the ones someone owns.");

        complaints.MapGet("/{id:long}", async (long id, WorkshopDbContext db, CancellationToken ct) => ComplaintResponse.From(await FindAsync(db, id, ct)))
            .RequireAuthorization(Policies.Complaints).WithSummary("One complaint with its steps and escalations.");

        complaints.MapPost("/{id:long}/steps", (long id, ComplaintStepRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, (c, now) => c.RecordStep(request.Step ?? throw new InvalidValueException("step", "is required"), request.Note, http.User.Staff(), now), clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Records a step: Listened, Apologised, FactsClarified, SolutionAgreed, Thanked.");

        complaints.MapPost("/{id:long}/solution", (long id, ProposeSolutionRequest request, HttpContext http, WorkshopDbContext db, IOptions<CareRules> rules, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, async (c, now) =>
            {
                var by = http.User.Staff();
                c.ProposeSolution(request.Solution, request.Compensation ?? 0m, by, http.User.StaffRole(), rules.Value, now);
                var amount = Money.Format(c.Compensation);
                var (kind, message) = c.CompensationTier switch
                {
                    CompensationTier.Department when c.CompensationToReport => (AlertKind.CompensationReported,
                        $"赔偿上报 {by.Name} settled compensation of {amount} for {c.CustomerName} (complaint {c.Id}) within the department's limit."),
                    CompensationTier.ServiceManager => (AlertKind.CompensationApprovalNeeded,
                        $"赔偿审批 Compensation of {amount} for {c.CustomerName} (complaint {c.Id}) waits for your approval."),
                    CompensationTier.GeneralManager => (AlertKind.CompensationAssessmentNeeded,
                        $"赔偿鉴定 Compensation of {amount} for {c.CustomerName} (complaint {c.Id}) needs a technician's assessment before the general manager approves it: arrange one."),
                    _ => ((AlertKind?)null, string.Empty),
                };
                if (kind is { } k)
                {
                    await AlertAsync(db, Role.Manager, k, c, now, message, except: by.UserId, ct);
                }
            }, clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Proposes a solution (with compensation, if any) on the compensation ladder: the department settles small amounts and reports them, the service manager approves larger ones, the largest need a technician's assessment and the general manager. On an escalated complaint only the service manager (or above) proposes: that is the answer.");

        complaints.MapPost("/{id:long}/compensation-assessment", (long id, CompensationAssessmentRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, async (c, now) =>
            {
                c.RecordAssessment(request.Findings, http.User.Staff(), now);
                await AlertAsync(db, Role.GeneralManager, AlertKind.CompensationApprovalNeeded, c, now,
                    $"赔偿审批 Compensation of {Money.Format(c.Compensation)} for {c.CustomerName} (complaint {c.Id}) was assessed by {c.AssessedByName} and waits for your approval.", except: null, ct);
            }, clock, ct))
            .RequireAuthorization(Policies.Assess).WithSummary("A technician's assessment (鉴定) of the case, which compensation above the service manager's limit needs before the general manager approves it.");

        complaints.MapPost("/{id:long}/compensation-decision", (long id, CompensationDecisionRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
            ActAsync(db, id, (c, now) => c.DecideCompensation(request.Approved ?? throw new InvalidValueException("approved", "is required"), request.Note, http.User.Staff(), http.User.StaffRole(), now), clock, ct))
            .RequireAuthorization(Policies.Manager).WithSummary("Approves or rejects pending compensation: the service manager (or above) up to their limit, the general manager above it once a technician has assessed the case.");

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
            ActAsync(db, id, (c, now) => c.Close(request.Outcome, http.User.Staff(), http.User.StaffRole(), now), clock, ct))
            .RequireAuthorization(Policies.Complaints).WithSummary("Closes the complaint with its outcome (once escalated, only the service manager or above); needs a proposed solution and any compensation approved. Plans the call back to the customer (Care:ComplaintFollowUpDelay, 15 days).");
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

    /// <summary>Tells every active member of staff in a role about the complaint (the one who caused it needs no alert).</summary>
    private static async Task AlertAsync(WorkshopDbContext db, Role role, AlertKind kind, Complaint c, DateTime now, string message, long? except, CancellationToken ct)
    {
        var recipients = await db.Users.AsNoTracking().Where(u => u.Role == role && u.IsActive && u.Id != except).Select(u => u.Id).ToListAsync(ct);
        foreach (var recipient in recipients)
        {
            db.Alerts.Add(Alert.Raise(kind, recipient, nameof(Complaint), c.Id, now.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), message, now));
        }
    }
}
