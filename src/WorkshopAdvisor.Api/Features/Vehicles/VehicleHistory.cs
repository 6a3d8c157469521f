using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Vehicles;

public sealed record ArchivePart(string Name, string PartNumber, decimal Quantity, PartGrade? Grade);

/// <summary>A repair item and the technicians who did it (维修档案 names them).</summary>
public sealed record ArchiveItem(string Description, decimal Hours, IReadOnlyList<string> DoneBy);

/// <summary>The final inspection that passed the car: by whom and when, and the completion certificate's number after major work.</summary>
public sealed record ArchiveInspection(string Inspector, DateTime InspectedAt, string? CompletionCertificateNumber);

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
    RepairCategory? Category,
    string FaultDescription,
    IReadOnlyList<string> Findings,
    IReadOnlyList<ArchiveItem> RepairItems,
    decimal LabourHours,
    IReadOnlyList<ArchivePart> Parts,
    ArchiveInspection? Inspection,
    IReadOnlyList<DeclinedItem> SuggestedForNextVisit,
    string? WarrantyReturnOf);

public static class VehicleHistory
{
    /// <summary>Every visit of one vehicle, newest first. Declined items (safety marked) are listed so that they can be suggested at the next visit.</summary>
    public static async Task<IResult> Get(long id, WorkshopDbContext db, CancellationToken ct)
    {
        if (!await db.Vehicles.AnyAsync(v => v.Id == id, ct))
        {
            throw new NotFoundException($"No vehicle {id}.");
        }
        var orders = await db.RepairOrders.AsNoTracking()
            .Include(o => o.Estimates).ThenInclude(v => v.Lines)
            .Include(o => o.Jobs)
            .Where(o => o.VehicleId == id)
            .OrderByDescending(o => o.ReceivedAt)
            .AsSplitQuery()
            .ToListAsync(ct);
        return Results.Ok(orders.Select(ToVisit).ToList());
    }

    public static ArchiveVisit ToVisit(RepairOrder o)
    {
        var versionOf = o.ContractVersions.SelectMany(v => v.Lines.Select(l => (Line: l, Version: v.Number))).ToDictionary(x => x.Line, x => x.Version);
        var labour = o.ApprovedLines(LineKind.Labour).ToList();
        IReadOnlyList<string> DoneBy(EstimateLine line) =>
            o.Jobs.SingleOrDefault(j => j.EstimateVersion == versionOf[line] && j.LineNumber == line.Number)?.DoneBy ?? [];
        var passed = o.Inspections.LastOrDefault(i => i.Passed);
        return new ArchiveVisit(
            o.Id, o.Number, o.Status, o.Vin, o.Plate, o.ReceivedAt, o.OdometerKm,
            o.Settlement?.Number, o.Settlement?.SettledAt,
            o.Category,
            o.CustomerDescription,
            o.Diagnosis?.Findings ?? [],
            [.. labour.Select(l => new ArchiveItem(l.Description, l.Quantity, DoneBy(l)))],
            labour.Sum(l => l.Quantity),
            [.. o.ApprovedLines(LineKind.Part).Select(l => new ArchivePart(l.Description, l.PartNumber ?? string.Empty, l.Quantity, l.Grade))],
            passed is null ? null : new ArchiveInspection(passed.InspectorName, passed.InspectedAt, o.CompletionCertificate?.Number),
            o.DeclinedItems,
            o.WarrantyReturn?.OriginalOrderNumber);
    }
}
