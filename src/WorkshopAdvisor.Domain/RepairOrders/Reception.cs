namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>What the advisor records at the car when it comes in (接车).</summary>
public sealed record ReceptionDetails(
    int OdometerKm,
    int FuelLevelPercent,
    IReadOnlyList<Accessory>? Accessories,
    IReadOnlyList<DamageNote>? DamageNotes,
    bool ValuablesReminderAcknowledged,
    string? CustomerDescription,
    bool CustomerWaits,
    bool KeepsOldParts);

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
