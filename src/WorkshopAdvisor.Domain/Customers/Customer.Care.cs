using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Customers;

/// <summary>The ABC contact plan: every customer has a next care contact, from their class and their last contact.</summary>
public sealed partial class Customer
{
    /// <summary>The last contact that reached the customer; the plan counts from it (or from registration).</summary>
    public DateTime? LastCareContactAt { get; private set; }

    /// <summary>When the customer is next to be contacted; it stands in the call list from then on.</summary>
    public DateTime? NextCareContactAt { get; private set; }

    /// <summary>
    /// Recomputes the next contact from the class and the last contact. Called whenever the class may have
    /// changed; a derived value, so it is not a change of its own in the audit.
    /// </summary>
    public void RefreshNextCareContact(CareRules rules) =>
        NextCareContactAt = (LastCareContactAt ?? CreatedAt) + rules.ContactInterval(Class);

    /// <summary>
    /// Logs a contact. Reached: the next one is a class interval away. Not reached: it is tried again after
    /// the retry delay, and the plan keeps counting from the last contact that reached them.
    /// </summary>
    public CareContact LogCareContact(bool reached, string? note, StaffRef by, CareRules rules, DateTime now)
    {
        var contact = new CareContact(Id, reached, Text.Optional(note, "note", 2000), by, now);
        if (reached)
        {
            LastCareContactAt = now;
            RefreshNextCareContact(rules);
        }
        else
        {
            NextCareContactAt = now + rules.UnreachedRetryDelay;
        }
        Record("LogCareContact", Class.ToString(), Class.ToString(), $"{(reached ? "reached" : "not reached")} by {by.Name}; next {NextCareContactAt:u}");
        return contact;
    }
}
