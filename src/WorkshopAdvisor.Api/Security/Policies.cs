using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Security;

/// <summary>
/// Who may do what, in one table. Endpoints name a policy; the roles behind each policy are here and
/// nowhere else (docs/security.md lists the same table, and a test walks it).
/// </summary>
public static class Policies
{
    /// <summary>Anyone on the staff who is signed in: read access to orders, customers and boards.</summary>
    public const string Staff = "staff";

    /// <summary>The front desk: reception, estimates, the customer's decisions, delay notices, handover.</summary>
    public const string FrontDesk = "front-desk";

    /// <summary>Diagnosis is done jointly by the advisor and the workshop.</summary>
    public const string Diagnose = "diagnose";

    /// <summary>Dispatching jobs to technicians.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>Working the jobs in the bay: start, pause, finish, report extra faults.</summary>
    public const string Workshop = "workshop";

    /// <summary>Final inspection and the completion certificate.</summary>
    public const string Inspect = "inspect";

    /// <summary>Attributing the cause of a warranty return.</summary>
    public const string WarrantyCause = "warranty-cause";

    /// <summary>Customer care: the call list, revisit outcomes, ABC contacts, monthly results.</summary>
    public const string Care = "care";

    /// <summary>Opening and working complaints: care agents, advisors (their customers), the service manager and the general manager.</summary>
    public const string Complaints = "complaints";

    /// <summary>A technician's assessment (鉴定) of a complaint whose compensation is for the general manager to approve.</summary>
    public const string Assess = "assess";

    /// <summary>Reading the care call list: the care team works it, advisors see on their board who is called today.</summary>
    public const string CareCalls = "care-calls";

    /// <summary>What only the service manager (or the general manager above them) does: users, overrides of the guarantee, compensation approval, the care engine's operations.</summary>
    public const string Manager = "manager";

    public static readonly IReadOnlyDictionary<string, Role[]> Roles = new Dictionary<string, Role[]>
    {
        [Staff] = Enum.GetValues<Role>(),
        [FrontDesk] = [Role.Advisor, Role.Manager],
        [Diagnose] = [Role.Advisor, Role.Technician, Role.Foreman, Role.Manager],
        [Dispatch] = [Role.Foreman, Role.Manager],
        [Workshop] = [Role.Technician, Role.Foreman],
        [Inspect] = [Role.Inspector],
        [WarrantyCause] = [Role.Advisor, Role.Inspector, Role.Manager],
        [Care] = [Role.CareAgent, Role.Manager],
        [Complaints] = [Role.CareAgent, Role.Advisor, Role.Manager, Role.GeneralManager],
        [Assess] = [Role.Technician, Role.Foreman, Role.Inspector],
        [CareCalls] = [Role.CareAgent, Role.Advisor, Role.Manager],
        [Manager] = [Role.Manager, Role.GeneralManager],
    };

    public static void AddWorkshopPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
        }
    }
}
