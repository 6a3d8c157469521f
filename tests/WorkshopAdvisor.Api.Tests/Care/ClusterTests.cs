using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>
/// Two API instances on one PostgreSQL database, Quartz clustered between them: follow-ups planned through
/// either instance come due exactly once, and when one instance is killed (SIGKILL) the other takes over
/// its work, losing nothing. Only on providers where instances may share a database (SQLite is one instance by
/// design: Quartz refuses clustering on it).
/// </summary>
[Collection(Category.Process)]
[Trait(Category.Name, Category.Process)]
public sealed class ClusterTests : IDisposable
{
    private const string ManagerPassword = "cluster-test-manager-password";
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6)];
    private static readonly TimeSpan ComplaintDeadline = TimeSpan.FromSeconds(4);

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact(SeveralInstances = true)]
    public async Task TwoInstances_WhenOneIsKilled_EveryFollowUpComesDueExactlyOnceOnTheOther()
    {
        await using var survivor = await ApiProcess.StartAsync(CareProcess.Settings(_database, ManagerPassword, Offsets, ComplaintDeadline));
        var atSurvivor = await RemoteShop.CreateAsync(survivor, ManagerPassword, "cluster-");
        List<long> orders;
        List<long> complaints;
        await using (var victim = await ApiProcess.StartAsync(CareProcess.Settings(_database, ManagerPassword, Offsets, ComplaintDeadline)))
        {
            var atVictim = atSurvivor.On(victim);
            orders = [await atVictim.HandOverAsync(), await atSurvivor.HandOverAsync(), await atVictim.HandOverAsync(), await atSurvivor.HandOverAsync()];
            complaints = [await atVictim.OpenComplaintAsync(), await atSurvivor.OpenComplaintAsync()];
            victim.Kill();
        }

        await CareSteps.EventuallyAsync(() => atSurvivor.CallsAsync(orders), all => all.Count == orders.Count * Offsets.Length && all.All(c => c.Status == Domain.Care.RevisitCallStatus.Due), CareSteps.Patience);
        await CareSteps.EventuallyAsync(() => atSurvivor.ComplaintsAsync(complaints), all => all.All(c => c.IsEscalated), CareSteps.Patience);
        // Give a second firing (the dead node's recovered triggers, a retry, the sweep) its chance to do anything twice.
        await Task.Delay(TimeSpan.FromSeconds(3));

        await atSurvivor.AssertEachCameDueOnceAsync(orders, complaints);
    }
}
