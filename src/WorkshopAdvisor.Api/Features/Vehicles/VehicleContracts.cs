using FluentValidation;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Vehicles;

public sealed record VehicleRequest(
    string? Vin,
    bool IsImported,
    string? Plate,
    string? Model,
    string? EngineNumber,
    VehicleClass? VehicleClass,
    int? OdometerKm)
{
    public VehicleDetails ToDetails() => new(Vin, IsImported, Plate, Model, EngineNumber, VehicleClass ?? Domain.Customers.VehicleClass.Car);
}

public sealed record VehicleResponse(
    long Id,
    long CustomerId,
    string Vin,
    bool IsImported,
    string? Plate,
    string Model,
    string? EngineNumber,
    VehicleClass VehicleClass,
    int LastOdometerKm,
    DateTime? LastOdometerAt,
    int Version)
{
    /// <summary>Guarantees on earlier work that still cover the car (at its last odometer reading): shown on its card, not left to memory.</summary>
    public IReadOnlyList<RunningGuarantee> RunningGuarantees { get; init; } = [];
}

public sealed record TransferRequest(long? CustomerId);

/// <summary>A hit of the front-desk look-up: the vehicle and its owner, and any guarantee on earlier work that still runs.</summary>
public sealed record LookupHit(long VehicleId, string Vin, string? Plate, string Model, long CustomerId, string CustomerName, string CustomerPhone, CustomerClass CustomerClass,
    int LastOdometerKm)
{
    public IReadOnlyList<RunningGuarantee> RunningGuarantees { get; init; } = [];
}

public sealed class VehicleRequestValidator : AbstractValidator<VehicleRequest>
{
    public VehicleRequestValidator()
    {
        RuleFor(r => r.Vin).NotEmpty();
        RuleFor(r => r.Model).NotEmpty().MaximumLength(100);
        RuleFor(r => r.VehicleClass).IsInEnum();
        RuleFor(r => r.OdometerKm).GreaterThanOrEqualTo(0);
    }
}
