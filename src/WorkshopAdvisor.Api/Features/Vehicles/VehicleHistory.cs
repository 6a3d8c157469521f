using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Vehicles;

public sealed record ArchivePart(string Name, string PartNumber, decimal Quantity);

public sealed record ArchiveItem(string Description, decimal Hours);

/// <summary>One visit in the repair archive (维修档案), with the fields the regulation asks for.</summary>
public sealed record ArchiveVisit(
    long OrderId,
    string OrderNumber,
    OrderStatus Status,
    string Vin,
    string? Plate,
    DateTime ReceivedAt,
    int OdometerKm,
    string? SettlementNumber,
    DateTime? SettledAt,
    string FaultDescription,
    IReadOnlyList<string> Findings,
    IReadOnlyList<ArchiveItem> RepairItems,
    decimal LabourHours,
    IReadOnlyList<ArchivePart> Parts,
    IReadOnlyList<string> DeclinedItems,
    string? WarrantyReturnOf);

public static class VehicleHistory
{
    /// <summary>Every visit of one vehicle, newest first. Declined items are listed so that they can be suggested at the next visit.</summary>
    public static async Task<IResult> Get(long id, WorkshopDbContext db, CancellationToken ct)
    {
        if (!await db.Vehicles.AnyAsync(v => v.Id == id, ct))
        {
            throw new NotFoundException($"No vehicle {id}.");
        }
        var orders = await db.RepairOrders.AsNoTracking()
            .Include(o => o.Estimates).ThenInclude(v => v.Lines)
            .Where(o => o.VehicleId == id)
            .OrderByDescending(o => o.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(ct);
        return Results.Ok(orders.Select(ToVisit).ToList());
    }

    public static ArchiveVisit ToVisit(RepairOrder o)
    {
        var labour = o.ApprovedLines(LineKind.Labour).ToList();
        return new ArchiveVisit(
            o.Id, o.Number, o.Status, o.Vin, o.Plate, o.ReceivedAt, o.OdometerKm,
            o.Settlement?.Number, o.Settlement?.SettledAt,
            o.CustomerDescription,
            o.Diagnosis?.Findings ?? [],
            [.. labour.Select(l => new ArchiveItem(l.Description, l.Quantity))],
            labour.Sum(l => l.Quantity),
            [.. o.ApprovedLines(LineKind.Part).Select(l => new ArchivePart(l.Description, l.PartNumber ?? string.Empty, l.Quantity))],
            [.. o.ContractVersions.SelectMany(v => v.Lines).Where(l => l.Decision == LineDecision.Declined).Select(l => l.Description)],
            o.WarrantyReturn?.OriginalOrderNumber);
    }
}
