using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// The real API over HTTP (in-memory transport) on a real database file, with a clock the test controls.
/// Everything else is as in production: migrations run at start, the manager account is bootstrapped.
/// </summary>
public sealed class ApiFactory(
    TestDatabase database, TestClock clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null,
    Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    public const string ManagerPassword = "manager-password-for-tests";

    public TestDatabase Database => database;

    public TestClock Clock => clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.Name);
        builder.UseSetting("ConnectionStrings:Workshop", database.ConnectionString);
        builder.UseSetting("Bootstrap:ManagerPassword", ManagerPassword);
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:SigningPerMinute", "10000");
        // Tests move the clock by days and months; a sign-in must outlive that (expiry has its own test).
        builder.UseSetting("Auth:TokenHours", "100000");
        // The care engine (Quartz) runs as in production, on the test clock; it looks at its store every second
        // rather than every 30, and each API under test has a scheduler of its own name.
        builder.UseSetting("Care:Engine:SchedulerName", "care-tests-" + database.Name);
        builder.UseSetting("Care:Engine:IdleWaitTime", "00:00:01");
        builder.UseSetting("Care:Engine:MisfireHandlerFrequency", "00:00:01");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            testServices?.Invoke(services);
        });
        configure?.Invoke(builder);
    }
}
