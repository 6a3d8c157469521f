using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Domain.Guarantees;

/// <summary>
/// The statutory quality-guarantee period (机动车维修管理规定): whichever of distance or days comes first,
/// counted from handover. A shop may promise more, never less.
/// </summary>
public sealed record GuaranteeTerms(int Km, int Days)
{
    public static GuaranteeTerms Statutory(VehicleClass vehicleClass, RepairCategory category) => (vehicleClass, category.Weight()) switch
    {
        (VehicleClass.Car, 0) => new(20_000, 100),
        (VehicleClass.Car, 1) => new(5_000, 30),
        (VehicleClass.Car, _) => new(2_000, 10),
        (VehicleClass.Motorcycle, 0) => new(7_000, 80),
        (VehicleClass.Motorcycle, _) => new(800, 10),
        (_, 0) => new(6_000, 60),
        _ => new(700, 7),
    };

    /// <summary>The better of the statutory terms and what the shop promised on the estimate, field by field.</summary>
    public GuaranteeTerms AtLeast(GuaranteeTerms? promised) =>
        promised is null ? this : new(Math.Max(Km, promised.Km), Math.Max(Days, promised.Days));
}
