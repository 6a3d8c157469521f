using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.DataGenerator;

/// <summary>The people of a large store, created once with one known password (the load test signs in as them).</summary>
internal sealed class Staff(IReadOnlyList<User> users)
{
    private readonly Dictionary<Role, StaffRef[]> _byRole = users.GroupBy(u => u.Role).ToDictionary(g => g.Key, g => g.Select(u => u.AsStaff).ToArray());

    public static readonly (Role Role, int Count, string Prefix)[] Roster =
    [
        (Role.Manager, 1, "manager"), (Role.Advisor, 8, "advisor"), (Role.Technician, 20, "technician"),
        (Role.Inspector, 2, "inspector"), (Role.Foreman, 2, "foreman"), (Role.CareAgent, 3, "care"), (Role.GeneralManager, 1, "gm"),
    ];

    public StaffRef Advisor(Random random) => Pick(Role.Advisor, random);

    public StaffRef Technician(Random random) => Pick(Role.Technician, random);

    public StaffRef Inspector(Random random) => Pick(Role.Inspector, random);

    public StaffRef CareAgent(Random random) => Pick(Role.CareAgent, random);

    public StaffRef Manager => _byRole[Role.Manager][0];

    public StaffRef GeneralManager => _byRole[Role.GeneralManager][0];

    public StaffRef ById(long userId) => _byRole.Values.SelectMany(r => r).First(s => s.UserId == userId);

    private StaffRef Pick(Role role, Random random)
    {
        var all = _byRole[role];
        return all[random.Next(all.Length)];
    }

    public static IEnumerable<(string UserName, string DisplayName, Role Role)> Accounts(Random random) =>
        Roster.SelectMany(r => Enumerable.Range(1, r.Count).Select(i => (r.Count == 1 ? r.Prefix : $"{r.Prefix}{i}", ChineseNames.Person(random), r.Role)));
}
