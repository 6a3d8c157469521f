namespace WorkshopAdvisor.Domain.Customers;

public sealed class CustomerPhone
{
    private CustomerPhone()
    {
        Number = string.Empty;
    }

    internal CustomerPhone(string number, bool isPrimary)
    {
        Number = number;
        IsPrimary = isPrimary;
    }

    public string Number { get; private set; }

    public bool IsPrimary { get; private set; }
}
