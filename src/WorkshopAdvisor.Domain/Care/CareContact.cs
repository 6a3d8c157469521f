using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Care;

/// <summary>One logged contact with a customer under the ABC contact plan (a call, a visit, a message).</summary>
public sealed class CareContact
{
    private CareContact()
    {
        ByName = string.Empty;
    }

    internal CareContact(long customerId, bool reached, string? note, StaffRef by, DateTime at)
    {
        CustomerId = customerId;
        Reached = reached;
        Note = note;
        ById = by.UserId;
        ByName = by.Name;
        At = at;
    }

    public long Id { get; private set; }

    public long CustomerId { get; private set; }

    public bool Reached { get; private set; }

    public string? Note { get; private set; }

    public long ById { get; private set; }

    public string ByName { get; private set; }

    public DateTime At { get; private set; }
}
