using FluentValidation;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Api.Features.Customers;

public sealed record CustomerRequest(
    string? Name,
    IReadOnlyList<string>? Phones,
    string? Address,
    CustomerClass? Class,
    string? PurchaseReason,
    string? Promises,
    string? Notes)
{
    public CustomerDetails ToDetails() => new(Name, Phones, Address, Class ?? CustomerClass.C, PurchaseReason, Promises, Notes);
}

public sealed record CustomerResponse(
    long Id,
    string Name,
    IReadOnlyList<string> Phones,
    string? Address,
    CustomerClass Class,
    string? PurchaseReason,
    string? Promises,
    string? Notes,
    DateTime CreatedAt,
    int Version,
    IReadOnlyList<VehicleSummary> Vehicles);

public sealed record CustomerListItem(long Id, string Name, string PrimaryPhone, CustomerClass Class);

public sealed record VehicleSummary(long Id, string Vin, string? Plate, string Model);

public sealed class CustomerRequestValidator : AbstractValidator<CustomerRequest>
{
    public CustomerRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Phones).NotEmpty().WithMessage("at least one phone number is required");
        RuleFor(r => r.Class).IsInEnum();
    }
}

public static class CustomerMapping
{
    public static CustomerResponse ToResponse(this Customer c, IReadOnlyList<VehicleSummary> vehicles) => new(
        c.Id, c.Name, [.. c.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number)], c.Address, c.Class,
        c.PurchaseReason, c.Promises, c.Notes, c.CreatedAt, c.Version, vehicles);
}
