namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// What the advisor records at the car when it comes in (接车). <paramref name="NotAWarrantyReturn"/>: the advisor
/// checked that a guarantee still running on earlier work has nothing to do with this visit.
/// </summary>
public sealed record ReceptionDetails(
    int OdometerKm,
    int FuelLevelPercent,
    IReadOnlyList<Accessory>? Accessories,
    IReadOnlyList<DamageNote>? DamageNotes,
    bool ValuablesReminderAcknowledged,
    string? CustomerDescription,
    bool CustomerWaits,
    bool KeepsOldParts,
    bool NotAWarrantyReturn = false);

/// <summary>A guarantee on earlier work that still covers the car: until which day and odometer reading, and how much is left.</summary>
public sealed record RunningGuarantee(
    long OrderId,
    string OrderNumber,
    Guarantees.RepairCategory Category,
    DateOnly LastDay,
    DateTime EndsAt,
    int DaysLeft,
    int EndsAtOdometerKm,
    int KmLeft);

/// <summary>An item handed over with the car (spare wheel, jack, floor mats, ...), with how many.</summary>
public sealed class Accessory
{
    private Accessory()
    {
        Name = string.Empty;
    }

    public Accessory(string name, int count)
    {
        Name = name;
        Count = count;
    }

    public string Name { get; private set; }

    public int Count { get; private set; }
}

/// <summary>A damage found on the walk-around (环车检查), where and what.</summary>
public sealed class DamageNote
{
    private DamageNote()
    {
        Area = string.Empty;
        Description = string.Empty;
    }

    public DamageNote(string area, string description)
    {
        Area = area;
        Description = description;
    }

    public string Area { get; private set; }

    public string Description { get; private set; }
}

/// <summary>The snapshot of customer and vehicle printed on this order, as they were on the day.</summary>
public sealed record OrderParties(
    long CustomerId,
    string CustomerName,
    string CustomerPhone,
    long VehicleId,
    string Vin,
    string? Plate,
    string Model,
    Customers.VehicleClass VehicleClass);
