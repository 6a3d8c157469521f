using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>回访: the care agents' call list and what they do with each call.</summary>
public static class RevisitCallEndpoints
{
    public static void MapRevisitCalls(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/care/calls").WithTags("Customer care");

        calls.MapGet("/", CallList.GetAsync).RequireAuthorization(Policies.CareCalls)
            .WithSummary("The call list: revisit calls, calls back after complaints and ABC contacts that are due now, overdue or upcoming; filter by agent (mine=true for your own), kind, order or complaint; paged, earliest first.");

        calls.MapGet("/{id:long}", async (long id, WorkshopDbContext db, CancellationToken ct) =>
            RevisitCallResponse.From(await FindAsync(db, id, ct)))
            .RequireAuthorization(Policies.Staff).WithSummary("One revisit call.");

        calls.MapPost("/{id:long}/outcome", async (long id, CallOutcomeRequest request, HttpContext http, WorkshopDbContext db, IOptions<CareRules> rules, TimeProvider clock, CancellationToken ct) =>
        {
            if (request.Reached is not { } reached)
            {
                return Problems.Validation("reached", "is required: was the customer reached?");
            }
            var call = await FindAsync(db, id, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var agent = http.User.Staff();
            var answers = new RevisitAnswers(request.UsedCorrectly, request.BadConditionSince, request.MetExpectations, request.FaultFixed);
            call.RecordOutcome(new CallOutcomeInput(reached, request.Satisfaction, request.Remarks, request.RaiseComplaint, answers), agent, rules.Value, now);
            await RaiseWhatTheAnswersAskForAsync(db, call, now, ct);
            Complaint? complaint = null;
            if (request.RaiseComplaint)
            {
                complaint = Complaint.Open(new ComplaintSubject(call.CustomerId, call.CustomerName, call.CustomerPhone, call.OrderId, call.OrderNumber, call.AdvisorId),
                    ComplaintSource.Revisit, call.Id, request.ComplaintDescription ?? request.Remarks, agent, null, rules.Value, now);
                db.Complaints.Add(complaint);
            }
            await db.SaveChangesAsync(ct);
            return Results.Ok(new CallOutcomeResponse(RevisitCallResponse.From(call), complaint?.Id));
        }).RequireAuthorization(Policies.Care)
            .WithSummary("Records the call: not reached (it comes due again later, up to the configured tries) or reached with satisfaction 1-5, the seeds' questions (used correctly, bad condition since, met expectations, fault fixed), remarks, and optionally a complaint, opened and linked to the order. A fault not fixed proposes a warranty return to the order's advisor.");

        calls.MapPost("/{id:long}/assignment", async (long id, AssignmentRequest request, WorkshopDbContext db, CancellationToken ct) =>
        {
            var agent = await db.Users.AsNoTracking()
                .Where(u => u.Id == request.AgentId && u.IsActive && (u.Role == Role.CareAgent || u.Role == Role.Manager))
                .Select(u => new StaffRef(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct)
                ?? throw new InvalidValueException("agentId", "must be an active care agent (or the service manager)");
            var call = await FindAsync(db, id, ct);
            call.Reassign(agent);
            await db.SaveChangesAsync(ct);
            return RevisitCallResponse.From(call);
        }).RequireAuthorization(Policies.Care).WithSummary("Gives the call to another agent.");

        calls.MapPost("/{id:long}/move", async (long id, MoveCallRequest request, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (request.DueAt is not { } dueAt)
            {
                return Problems.Validation("dueAt", "is required");
            }
            var call = await FindAsync(db, id, ct);
            call.Move(dueAt.UtcDateTime, request.Reason, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return Results.Ok(RevisitCallResponse.From(call));
        }).RequireAuthorization(Policies.Care).WithSummary("\"Call me next week\": the call leaves the list and comes due again at the new time.");

        calls.MapPost("/{id:long}/cancellation", async (long id, CancelCallRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var call = await FindAsync(db, id, ct);
            call.Cancel(request.Reason, http.User.Staff(), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return RevisitCallResponse.From(call);
        }).RequireAuthorization(Policies.Care).WithSummary("Calls the call off, with the reason (the car was sold, the customer asked not to be called).");
    }

    private static async Task<RevisitCall> FindAsync(WorkshopDbContext db, long id, CancellationToken ct) =>
        await db.RevisitCalls.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"No revisit call {id}.");

    /// <summary>
    /// The original fault is back: the order's advisor is to propose a warranty return (返修) of that order. After
    /// a complaint, a problem not solved goes back to the complaint's owner (首问负责制).
    /// </summary>
    private static async Task RaiseWhatTheAnswersAskForAsync(WorkshopDbContext db, RevisitCall call, DateTime now, CancellationToken ct)
    {
        if (call.ProposesWarrantyReturn && call.AdvisorId is { } advisor && call.OrderId is { } orderId)
        {
            db.Alerts.Add(Alert.Raise(AlertKind.WarrantyReturnProposed, advisor, nameof(Domain.RepairOrders.RepairOrder), orderId, $"call-{call.Id}",
                $"返修建议 Revisit of {call.OrderNumber} ({call.Plate ?? "-"}, {call.CustomerName} {call.CustomerPhone}): the original fault is not fixed. Propose a warranty return of {call.OrderNumber} to the customer.{(call.Remarks is null ? string.Empty : " " + call.Remarks)}", now));
        }
        if (call.ComplaintProblemUnsolved && call.ComplaintId is { } complaintId)
        {
            var owner = await db.Complaints.AsNoTracking().Where(c => c.Id == complaintId).Select(c => c.OwnerId).SingleOrDefaultAsync(ct);
            if (owner is { } ownerId)
            {
                db.Alerts.Add(Alert.Raise(AlertKind.ComplaintProblemUnsolved, ownerId, nameof(Complaint), complaintId, $"call-{call.Id}",
                    $"投诉回访 {call.CustomerName} ({call.CustomerPhone}) says the problem of complaint {complaintId}{(call.OrderNumber is null ? string.Empty : $" about {call.OrderNumber}")} is not solved.{(call.Remarks is null ? string.Empty : " " + call.Remarks)}", now));
            }
        }
    }
}

/// <summary>
/// The call list reads two sources: revisit calls the engine has made due (status Due), and customers whose
/// next ABC contact has come (a standing query: nothing needs to happen at that moment but to show them).
/// Each source is read in due order up to the end of the requested page, and the two are merged.
/// </summary>
public static class CallList
{
    public static async Task<PagedList<CallListItem>> GetAsync(
        CallListView? view, long? agentId, bool? mine, CallListKind? kind, long? orderId, long? complaintId, int? page, int? pageSize,
        HttpContext http, WorkshopDbContext db, IOptions<CareRules> options, TimeProvider clock, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var rules = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var overdueBefore = now - rules.OverdueAfter;
        var horizon = now + rules.UpcomingHorizon;
        var shown = view ?? CallListView.Open;
        var agent = mine == true ? http.User.Staff().UserId : agentId;
        var wanted = p * size;

        var calls = db.RevisitCalls.AsNoTracking();
        calls = shown switch
        {
            CallListView.Open => calls.Where(c => c.Status == RevisitCallStatus.Due),
            CallListView.Due => calls.Where(c => c.Status == RevisitCallStatus.Due && c.DueAt > overdueBefore),
            CallListView.Overdue => calls.Where(c => c.Status == RevisitCallStatus.Due && c.DueAt <= overdueBefore),
            CallListView.Upcoming => calls.Where(c => c.Status == RevisitCallStatus.Planned && c.DueAt <= horizon),
            _ => calls,
        };
        if (agent is { } a)
        {
            calls = calls.Where(c => c.AgentId == a);
        }
        if (orderId is { } o)
        {
            calls = calls.Where(c => c.OrderId == o);
        }
        if (complaintId is { } complaint)
        {
            calls = calls.Where(c => c.ComplaintId == complaint);
        }
        if (kind is { } k && k != CallListKind.Contact)
        {
            var purpose = k == CallListKind.Revisit ? RevisitPurpose.AfterHandover : RevisitPurpose.AfterComplaint;
            calls = calls.Where(c => c.Purpose == purpose);
        }
        var includeCalls = kind is not CallListKind.Contact;
        var callTotal = includeCalls ? await calls.CountAsync(ct) : 0;
        var callItems = includeCalls
            ? (await calls.OrderBy(c => c.DueAt).ThenBy(c => c.Id).Take(wanted).ToListAsync(ct))
                .Select(c => new CallListItem(c.Purpose == RevisitPurpose.AfterComplaint ? CallListKind.ComplaintFollowUp : CallListKind.Revisit,
                    c.Id, c.CustomerId, c.CustomerName, c.CustomerPhone, c.Plate, c.OrderId, c.OrderNumber,
                    CareRules.Describe(c.Offset), c.Status.ToString(), c.DueAt, c.Status == RevisitCallStatus.Due && c.DueAt <= overdueBefore,
                    c.AgentId, c.AgentName, c.UnreachedAttempts, c.ComplaintId))
                .ToList()
            : [];

        // ABC contacts belong to no agent, order or complaint: they are left out when the list is filtered by any.
        var includeContacts = kind is null or CallListKind.Contact && agent is null && orderId is null && complaintId is null && shown != CallListView.All;
        var contacts = db.Customers.AsNoTracking();
        contacts = shown switch
        {
            CallListView.Due => contacts.Where(c => c.NextCareContactAt <= now && c.NextCareContactAt > overdueBefore),
            CallListView.Overdue => contacts.Where(c => c.NextCareContactAt <= overdueBefore),
            CallListView.Upcoming => contacts.Where(c => c.NextCareContactAt > now && c.NextCareContactAt <= horizon),
            _ => contacts.Where(c => c.NextCareContactAt <= now),
        };
        var contactTotal = includeContacts ? await contacts.CountAsync(ct) : 0;
        var contactItems = includeContacts
            ? (await contacts.OrderBy(c => c.NextCareContactAt).ThenBy(c => c.Id).Take(wanted)
                .Select(c => new
                {
                    c.Id,
                    c.Name,
                    Phone = c.Phones.OrderByDescending(ph => ph.IsPrimary).Select(ph => ph.Number).FirstOrDefault(),
                    c.Class,
                    Due = c.NextCareContactAt!.Value,
                })
                .ToListAsync(ct))
                .Select(c => new CallListItem(CallListKind.Contact, c.Id, c.Id, c.Name, c.Phone ?? string.Empty, null, null, null,
                    $"class {c.Class}", c.Due <= now ? "Due" : "Planned", c.Due, c.Due <= overdueBefore, null, null, 0, null))
                .ToList()
            : [];

        var items = callItems.Concat(contactItems).OrderBy(i => i.DueAt).ThenBy(i => i.Kind).ThenBy(i => i.Id).Skip((p - 1) * size).Take(size).ToList();
        return new PagedList<CallListItem>(items, p, size, callTotal + contactTotal);
    }
}
