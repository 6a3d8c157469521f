using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Boards;

public sealed record BoardCard(
    long Id,
    string Number,
    OrderStatus Status,
    string? Plate,
    string Model,
    string CustomerName,
    string AdvisorName,
    DateTime ReceivedAt,
    DateTime? PromisedCompletionAt,
    bool IsLate,
    bool AwaitingSupplementaryApproval,
    int JobsTotal,
    int JobsDone,
    IReadOnlyList<string> Technicians);

/// <summary>The advisor's day at a glance. A card may stand in two lists (in the workshop and late).</summary>
public sealed record TodayBoardResponse(
    DateOnly Day,
    IReadOnlyList<BoardCard> ArrivedToday,
    IReadOnlyList<BoardCard> AwaitingEstimate,
    IReadOnlyList<BoardCard> AwaitingApproval,
    IReadOnlyList<BoardCard> InWorkshop,
    IReadOnlyList<BoardCard> Late,
    IReadOnlyList<BoardCard> ReadyForHandover);

public static class TodayBoard
{
    private static readonly OrderStatus[] Open =
    [
        OrderStatus.Received, OrderStatus.AwaitingApproval, OrderStatus.EstimateDeclined, OrderStatus.Approved,
        OrderStatus.InProgress, OrderStatus.AwaitingInspection, OrderStatus.ReadyForHandover,
    ];

    public static void MapBoards(this IEndpointRouteBuilder app) =>
        app.MapGet("/boards/today", Get).RequireAuthorization(Policies.Staff).WithTags("Boards")
            .WithSummary("The advisor's today board: arrived today, awaiting estimate or approval, in the workshop, late, ready for handover. Pass advisorId for one advisor's cars.");

    // One query: the open orders (bounded by what the shop holds, not by its history: the status index
    // finds them) plus today's arrivals, with their jobs joined in.
    public static async Task<TodayBoardResponse> Get(long? advisorId, WorkshopDbContext db, ShopCalendar calendar, CancellationToken ct)
    {
        var today = calendar.Today;
        var (start, end) = calendar.DayInUtc(today);
        var now = calendar.UtcNow;
        var query = db.RepairOrders.AsNoTracking()
            .Where(o => Open.Contains(o.Status) || (o.ReceivedAt >= start && o.ReceivedAt < end));
        if (advisorId is { } advisor)
        {
            query = query.Where(o => o.AdvisorId == advisor);
        }
        var rows = await query
            .OrderBy(o => o.PromisedCompletionAt)
            .Select(o => new
            {
                o.Id, o.Number, o.Status, o.Plate, o.Model, o.CustomerName, o.AdvisorName, o.ReceivedAt, o.PromisedCompletionAt,
                Pending = o.Estimates.Any(v => v.State == VersionState.Pending && v.Kind == EstimateKind.Supplementary),
                Jobs = o.Jobs.Select(j => new { j.Status, j.TechnicianName }).ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(ct);

        var cards = rows.Select(r => new BoardCard(
            r.Id, r.Number, r.Status, r.Plate, r.Model, r.CustomerName, r.AdvisorName, r.ReceivedAt, r.PromisedCompletionAt,
            IsLate: r.PromisedCompletionAt < now && r.Status is OrderStatus.AwaitingApproval or OrderStatus.Approved or OrderStatus.InProgress or OrderStatus.AwaitingInspection,
            AwaitingSupplementaryApproval: r.Pending,
            JobsTotal: r.Jobs.Count,
            JobsDone: r.Jobs.Count(j => j.Status == JobStatus.Done),
            Technicians: [.. r.Jobs.Select(j => j.TechnicianName).OfType<string>().Distinct()])).ToList();

        return new TodayBoardResponse(
            today,
            [.. cards.Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)],
            [.. cards.Where(c => c.Status is OrderStatus.Received or OrderStatus.EstimateDeclined)],
            [.. cards.Where(c => c.Status == OrderStatus.AwaitingApproval || c.AwaitingSupplementaryApproval)],
            [.. cards.Where(c => c.Status is OrderStatus.Approved or OrderStatus.InProgress or OrderStatus.AwaitingInspection)],
            [.. cards.Where(c => c.IsLate)],
            [.. cards.Where(c => c.Status == OrderStatus.ReadyForHandover)]);
    }
}
