using Riok.Mapperly.Abstractions;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Api.Features.Vehicles;

/// <summary>Vehicle → response, in memory and as a query projection (generated at compile time).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class VehicleMapper
{
    [MapperIgnoreTarget(nameof(VehicleResponse.RunningGuarantees))]
    public static partial VehicleResponse ToResponse(this Vehicle vehicle);

    public static partial IQueryable<VehicleResponse> ProjectToResponse(this IQueryable<Vehicle> vehicles);
}
