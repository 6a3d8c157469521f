using System.Globalization;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>The settings of an API process whose care engine works in seconds instead of days (kill and cluster tests).</summary>
internal static class CareProcess
{
    public static Dictionary<string, string> Settings(TestDatabase database, string managerPassword, TimeSpan[] offsets, TimeSpan complaintDeadline)
    {
        var environment = ApiProcess.Settings(database, managerPassword);
        environment["Care__ComplaintSolutionDeadline"] = complaintDeadline.ToString("c", CultureInfo.InvariantCulture);
        environment["Care__Engine__IdleWaitTime"] = "00:00:01";
        environment["Care__Engine__MisfireThreshold"] = "00:00:01";
        environment["Care__Engine__MisfireHandlerFrequency"] = "00:00:01";
        environment["Care__Engine__SweepInterval"] = "00:00:05";
        environment["Care__Engine__SweepGrace"] = "00:00:01";
        // On PostgreSQL the store is clustered: the killed node's acquired triggers are recovered once it
        // has missed its check-ins, which these make a matter of seconds.
        environment["Care__Engine__ClusterCheckinInterval"] = "00:00:01";
        environment["Care__Engine__ClusterCheckinMisfireThreshold"] = "00:00:02";
        for (var i = 0; i < offsets.Length; i++)
        {
            environment[$"Care__RevisitOffsets__{i}"] = offsets[i].ToString("c", CultureInfo.InvariantCulture);
        }
        return environment;
    }
}
