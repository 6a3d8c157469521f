using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Identifiers;

namespace WorkshopAdvisor.Domain.Customers;

/// <summary>An entry of the customer archive (客户档案).</summary>
public sealed partial class Customer : AggregateRoot
{
    private readonly List<CustomerPhone> _phones = [];

    private Customer()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public IReadOnlyList<CustomerPhone> Phones => _phones;

    public string PrimaryPhone => _phones.FirstOrDefault(p => p.IsPrimary)?.Number ?? _phones.FirstOrDefault()?.Number ?? string.Empty;

    public string? Address { get; private set; }

    public CustomerClass Class { get; private set; }

    /// <summary>Why they bought (购车原因): what the archive keeps to talk to them as people.</summary>
    public string? PurchaseReason { get; private set; }

    /// <summary>What was promised to them (承诺事项), so nobody forgets it.</summary>
    public string? Promises { get; private set; }

    public string? Notes { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Customer Register(CustomerDetails details, DateTime now)
    {
        var customer = new Customer { CreatedAt = now };
        customer.Apply(details);
        customer.Record("RegisterCustomer", null, customer.Class.ToString(), customer.Name);
        return customer;
    }

    public void Update(CustomerDetails details)
    {
        var before = Class;
        Apply(details);
        Record("UpdateCustomer", before.ToString(), Class.ToString());
    }

    private void Apply(CustomerDetails details)
    {
        Name = Text.Required(details.Name, "name", 100);
        var phones = (details.Phones ?? [])
            .Select((p, i) => PhoneNumber.Parse(p, $"phones[{i}]"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (phones.Count == 0)
        {
            throw new InvalidValueException("phones", "at least one phone number is required");
        }
        _phones.Clear();
        _phones.AddRange(phones.Select((p, i) => new CustomerPhone(p, i == 0)));
        Address = Text.Optional(details.Address, "address", 300);
        Class = details.Class;
        PurchaseReason = Text.Optional(details.PurchaseReason, "purchaseReason", 1000);
        Promises = Text.Optional(details.Promises, "promises", 2000);
        Notes = Text.Optional(details.Notes, "notes", 4000);
    }
}

public sealed record CustomerDetails(
    string? Name,
    IReadOnlyList<string>? Phones,
    string? Address,
    CustomerClass Class,
    string? PurchaseReason,
    string? Promises,
    string? Notes);
