using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Customers;

/// <summary>A vehicle in the archive; its repair archive (维修档案) is the list of its repair orders.</summary>
public sealed class Vehicle : AggregateRoot
{
    private Vehicle()
    {
        Vin = string.Empty;
        Model = string.Empty;
    }

    public long CustomerId { get; private set; }

    public string Vin { get; private set; }

    /// <summary>Imported vehicles may carry a VIN without the GB 16735 check digit.</summary>
    public bool IsImported { get; private set; }

    public string? Plate { get; private set; }

    public string Model { get; private set; }

    public string? EngineNumber { get; private set; }

    public VehicleClass VehicleClass { get; private set; }

    public int LastOdometerKm { get; private set; }

    public DateTime? LastOdometerAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Vehicle Register(long customerId, VehicleDetails details, int odometerKm, DateTime now)
    {
        if (odometerKm < 0)
        {
            throw new InvalidValueException("odometerKm", "must not be negative");
        }
        var vehicle = new Vehicle { CustomerId = customerId, CreatedAt = now, LastOdometerKm = odometerKm, LastOdometerAt = now };
        vehicle.Apply(details);
        vehicle.Record("RegisterVehicle", null, null, vehicle.Plate ?? vehicle.Vin);
        return vehicle;
    }

    public void Update(VehicleDetails details)
    {
        Apply(details);
        Record("UpdateVehicle", null, null, Plate ?? Vin);
    }

    public void TransferTo(long customerId)
    {
        var before = CustomerId;
        CustomerId = customerId;
        Record("TransferVehicle", before.ToString(System.Globalization.CultureInfo.InvariantCulture), customerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>An odometer never runs backwards: a lower reading is a typing error or a tampered meter.</summary>
    public void RecordOdometer(int km, DateTime at, string field = "odometerKm")
    {
        if (km < LastOdometerKm)
        {
            throw new InvalidValueException(field, $"{km} km is below this vehicle's last known reading of {LastOdometerKm} km");
        }
        LastOdometerKm = km;
        LastOdometerAt = at;
    }

    private void Apply(VehicleDetails details)
    {
        IsImported = details.IsImported;
        Vin = Identifiers.Vin.Parse(details.Vin, details.IsImported);
        Plate = string.IsNullOrWhiteSpace(details.Plate) ? null : Identifiers.Plate.Parse(details.Plate);
        Model = Text.Required(details.Model, "model", 100);
        EngineNumber = Text.Optional(details.EngineNumber, "engineNumber", 40)?.ToUpperInvariant();
        VehicleClass = details.VehicleClass;
    }
}

public sealed record VehicleDetails(string? Vin, bool IsImported, string? Plate, string? Model, string? EngineNumber, VehicleClass VehicleClass);
