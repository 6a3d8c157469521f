using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Infrastructure.Care;

public static class CareEngineRegistration
{
    /// <summary>
    /// The care engine: Quartz with its persistent (ADO.NET) store in the application's own database, its
    /// qrtz_* tables created at first start. On PostgreSQL and SQL Server it is clustered, so that several API
    /// instances share the work; Quartz refuses clustering on SQLite, where one instance is expected. Switching the
    /// database provider is all it takes. Quartz takes its clock from the container's TimeProvider, as the
    /// domain does, so a test clock drives both.
    /// </summary>
    public static IServiceCollection AddCareEngine(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var section = configuration.GetSection("Care:Engine");
        services.AddOptions<CareEngineOptions>().Bind(section);
        var engine = section.Get<CareEngineOptions>() ?? new CareEngineOptions();
        var problems = engine.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid care engine configuration: " + string.Join("; ", problems));
        }

        services.AddSingleton<CareWakeUps>();
        services.AddSingleton<CareTimerProcessor>();
        services.AddSingleton<CareFailures>();
        services.AddSingleton<CareSweep>();
        services.TryAddSingleton<IAgentAssignment, RoundRobinAgents>();
        services.AddSingleton<ISaveReaction, CareSaveReaction>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = engine.SchedulerName;
                s.IdleWaitTime = engine.IdleWaitTime;
                s.MaxBatchSize = engine.MaxBatchSize;
                s.BatchTriggerAcquisitionFireAheadTimeWindow = engine.BatchFireAheadWindow;
            });
            q.UseDefaultThreadPool(engine.Threads);
            q.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(database.ConnectionString);
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(SqlClientFactory.Instance, database.ConnectionString);
                        break;
                    default:
                        store.UseSqlite(database.ConnectionString);
                        break;
                }
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                if (database.Provider != DatabaseProvider.Sqlite)
                {
                    // Quartz refuses clustering on SQLite ("locking problems"): the embedded default is one instance.
                    // On PostgreSQL and SQL Server every instance joins the cluster; nothing else changes between them.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = engine.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = engine.ClusterCheckinMisfireThreshold;
                    });
                }
                store.ConfigureStore(o =>
                {
                    o.MisfireThreshold = engine.MisfireThreshold;
                    o.MisfireHandlerFrequency = engine.MisfireHandlerFrequency;
                });
            });
            q.AddJob<CareDueJob>(j => j.WithIdentity(CareWakeUps.DueJobKey).StoreDurably().RequestRecovery());
            q.AddJob<CareSweepJob>(j => j.WithIdentity(CareSweepJob.Key).StoreDurably());
            q.AddTrigger(t => t.WithIdentity("care-sweep", CareWakeUps.Group).ForJob(CareSweepJob.Key)
                .StartNow().WithSimpleSchedule(s => s.WithInterval(engine.SweepInterval).RepeatForever()));
            q.RunAtStartup(CareSweepJob.Key);
        });
        if (engine.Enabled)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }
}
