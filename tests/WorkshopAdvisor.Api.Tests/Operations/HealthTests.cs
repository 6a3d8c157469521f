using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Operations;

/// <summary>What a reverse proxy or an orchestrator asks, without signing in.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>The scheduler starts just after the server; a ceiling, not an expectation (it takes a moment).</summary>
    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyOnceStartedAsync(ApiFactory api)
    {
        var client = api.CreateClient();
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(250))
        {
            var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK || waited > ApiProcess.StartCeiling)
            {
                return (response.StatusCode, JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()));
            }
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Live_WithoutSignIn_Is200()
    {
        await using var api = new ApiFactory(_database, new TestClock());

        var response = await api.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.Read<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_WithoutSignIn_ChecksTheDatabaseAndTheCareEngine()
    {
        await using var api = new ApiFactory(_database, new TestClock());

        var (status, body) = await ReadyOnceStartedAsync(api);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        var engine = body.GetProperty("checks").GetProperty("care-engine");
        Assert.Equal("Healthy", engine.GetProperty("status").GetString());
        Assert.StartsWith("running", engine.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_WhenTheCareEngineStops_Is503NamingIt_WhileLiveIsStill200()
    {
        await using var api = new ApiFactory(_database, new TestClock());
        await ReadyOnceStartedAsync(api);
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();

        var ready = await api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonSerializer.Deserialize<JsonElement>(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("care-engine").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_WhenTheCareEngineIsSwitchedOffOnPurpose_Is200SayingSo()
    {
        await using var api = new ApiFactory(_database, new TestClock(), new Dictionary<string, string?> { ["Care:Engine:Enabled"] = "false" });

        var response = await api.CreateClient().GetAsync("/health/ready");

        var engine = (await response.Read<JsonElement>()).GetProperty("checks").GetProperty("care-engine");
        Assert.Contains("switched off", engine.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
