using Riok.Mapperly.Abstractions;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Api.Features.Customers;

/// <summary>The archive's list reads, as query projections (generated at compile time).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CustomerMapper
{
    public static partial IQueryable<CustomerListItem> ProjectToListItem(this IQueryable<Customer> customers);

    public static partial IQueryable<VehicleSummary> ProjectToSummary(this IQueryable<Vehicle> vehicles);

    [MapPropertyFromSource(nameof(CustomerListItem.PrimaryPhone), Use = nameof(PrimaryPhone))]
    private static partial CustomerListItem ToListItem(Customer customer);

    /// <summary>The number to call: the primary one, else any (a customer always has one).</summary>
    private static string PrimaryPhone(Customer customer) =>
        customer.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number).FirstOrDefault() ?? "";
}
