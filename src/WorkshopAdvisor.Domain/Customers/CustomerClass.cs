namespace WorkshopAdvisor.Domain.Customers;

/// <summary>ABC classes of the customer archive: A is contacted weekly, B monthly, C at least every six months.</summary>
public enum CustomerClass
{
    A,
    B,
    C,
}
