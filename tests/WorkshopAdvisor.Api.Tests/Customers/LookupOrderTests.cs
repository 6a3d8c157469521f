using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Customers;

/// <summary>The front desk's look-up shows its first matches in a stable order, and EF Core has nothing to warn about.</summary>
public sealed class LookupOrderTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly Warnings _warnings = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Lookup_WithMoreMatchesThanItShows_ShowsTheSameFirstOnesEveryTime_SortedByPlate()
    {
        await using var api = new ApiFactory(_database, new TestClock(), configure: b => b.ConfigureLogging(l => l.AddProvider(_warnings)));
        var advisor = await ManagerAsync(api);
        var customer = await (await advisor.PostJson("/customers", new { name = "周杰", phones = new[] { Identifiers.Phone() } })).Read<Workshop.IdOnly>();
        // 25 cars matching "C10", registered in an order that is not their plates' order.
        var registered = new List<long>();
        foreach (var n in Enumerable.Range(1, 25).Reverse())
        {
            var vehicle = await (await advisor.PostJson($"/customers/{customer.Id}/vehicles",
                new { vin = Identifiers.ValidVin(), plate = $"沪C10{n:D3}", model = "别克 GL8" })).Read<Workshop.IdOnly>();
            registered.Add(vehicle.Id);
        }
        _warnings.Clear();

        var first = await advisor.GetFromJsonAsync<List<LookupHit>>("/lookup?q=C10", ShopFixture.Json);
        var again = await advisor.GetFromJsonAsync<List<LookupHit>>("/lookup?q=C10", ShopFixture.Json);

        Assert.Equal(20, first!.Count);
        Assert.Equal(registered.Take(20).Order(), first.Select(h => h.VehicleId).Order());
        Assert.Equal(first.Select(h => h.Plate).Order(StringComparer.Ordinal), first.Select(h => h.Plate));
        Assert.Equal(first.Select(h => h.VehicleId), again!.Select(h => h.VehicleId));
        Assert.Empty(_warnings.Entries);
    }

    private static async Task<HttpClient> ManagerAsync(ApiFactory api)
    {
        var signedIn = await (await api.CreateClient().PostJson("/auth/token", new { userName = "manager", password = ApiFactory.ManagerPassword })).Read<JsonElement>();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>What EF Core warns about while the test looks.</summary>
    private sealed class Warnings : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public IReadOnlyCollection<string> Entries => _entries;

        public void Clear() => _entries.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{category} {eventId}: {formatter(state, exception)}");
                }
            }
        }
    }
}
