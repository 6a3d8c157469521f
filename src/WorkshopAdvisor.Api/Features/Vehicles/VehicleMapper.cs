using Riok.Mapperly.Abstractions;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Api.Features.Vehicles;

/// <summary>A vehicle with its owner, the row the front desk's look-up joins before projecting.</summary>
public sealed class VehicleWithOwner
{
    public required Vehicle Vehicle { get; init; }

    public required Customer Customer { get; init; }
}

/// <summary>Vehicle → response, in memory and as query projections (generated at compile time).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class VehicleMapper
{
    [MapperIgnoreTarget(nameof(VehicleResponse.RunningGuarantees))]
    public static partial VehicleResponse ToResponse(this Vehicle vehicle);

    public static partial IQueryable<VehicleResponse> ProjectToResponse(this IQueryable<Vehicle> vehicles);

    public static partial IQueryable<LookupHit> ProjectToLookupHit(this IQueryable<VehicleWithOwner> rows);

    [MapProperty([nameof(VehicleWithOwner.Vehicle), nameof(Vehicle.Vin)], nameof(LookupHit.Vin))]
    [MapProperty([nameof(VehicleWithOwner.Vehicle), nameof(Vehicle.Plate)], nameof(LookupHit.Plate))]
    [MapProperty([nameof(VehicleWithOwner.Vehicle), nameof(Vehicle.Model)], nameof(LookupHit.Model))]
    [MapProperty([nameof(VehicleWithOwner.Vehicle), nameof(Vehicle.LastOdometerKm)], nameof(LookupHit.LastOdometerKm))]
    [MapperIgnoreTarget(nameof(LookupHit.RunningGuarantees))]
    [MapPropertyFromSource(nameof(LookupHit.CustomerPhone), Use = nameof(PrimaryPhone))]
    private static partial LookupHit ToLookupHit(VehicleWithOwner row);

    private static string PrimaryPhone(VehicleWithOwner row) =>
        row.Customer.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number).FirstOrDefault() ?? "";
}
