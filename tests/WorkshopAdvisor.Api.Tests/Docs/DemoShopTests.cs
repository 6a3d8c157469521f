using System.Net.Http.Headers;
using System.Text.Json;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Api.Tests.Docs;

/// <summary>
/// Someone who first walks the README on the shop's own database, then starts with <c>--demo-data</c>, gets the demo shop
/// (with its passwords printed) in a database of its own, made afresh on every start; the shop's own data is not touched.
/// </summary>
[Collection(Category.Process)]
[Trait(Category.Name, Category.Process)]
[WithoutDatabase]
public sealed class DemoShopTests : IDisposable
{
    private const string ManagerPassword = "demo-test-manager-password";
    private readonly TestDatabase _shop = new(DatabaseProviders.Sqlite);
    private readonly string _folder = Directory.CreateTempSubdirectory("workshop-demo-").FullName;

    public void Dispose()
    {
        _shop.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task DemoData_AfterTheShopHasCustomersOfItsOwn_RunsOnItsOwnDatabase_AfreshOnEveryStart()
    {
        var settings = ApiProcess.Settings(_shop, ManagerPassword);
        settings["Demo__Database"] = $"Data Source={Path.Combine(_folder, "demo.db")}";
        await using (var own = await ApiProcess.StartAsync(settings))
        {
            using var manager = await SignedInAsync(own);
            await (await manager.PostJson("/customers", new { name = "张伟", phones = new[] { Identifiers.Phone() }, @class = "B" })).Read<JsonElement>();
        }

        foreach (var start in new[] { "first", "second" })
        {
            await using var demo = await ApiProcess.StartAsync(settings, "--demo-data");
            await demo.WaitForOutputAsync(l => l.Contains("Demo data loaded: 8 customers", StringComparison.Ordinal));
            Assert.True(demo.Output.Any(l => l.Contains("Demo staff accounts", StringComparison.Ordinal)), $"{start} start printed no staff accounts:\n{demo.RecentOutput}");
            using var manager = await SignedInAsync(demo);
            Assert.Equal(8, (await CustomersAsync(manager)).GetProperty("total").GetInt32());
        }

        await using var again = await ApiProcess.StartAsync(settings);
        using var shopManager = await SignedInAsync(again);
        var customers = await CustomersAsync(shopManager);
        Assert.Equal("张伟", Assert.Single(customers.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    private static async Task<HttpClient> SignedInAsync(ApiProcess api)
    {
        var client = api.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await api.SignInAsync("manager", ManagerPassword));
        return client;
    }

    private static async Task<JsonElement> CustomersAsync(HttpClient client) => await (await client.GetAsync("/customers")).Read<JsonElement>();
}
