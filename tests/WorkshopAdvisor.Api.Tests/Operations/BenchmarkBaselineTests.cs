using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Operations;

/// <summary>The load driver's raw ADO.NET endpoints exist only where they are switched on (bench/ does it for its own API).</summary>
public sealed class BenchmarkBaselineTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static async Task<(HttpClient Manager, long VehicleId)> ManagerWithACarAsync(ApiFactory api)
    {
        var signedIn = await (await api.CreateClient().PostJson("/auth/token", new { userName = "manager", password = ApiFactory.ManagerPassword })).Read<JsonElement>();
        var manager = api.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.GetProperty("accessToken").GetString());
        var customer = await (await manager.PostJson("/customers", new { name = "张伟", phones = new[] { Identifiers.Phone() }, @class = "B" })).Read<Workshop.IdOnly>();
        var vehicle = await (await manager.PostJson($"/customers/{customer.Id}/vehicles", new
        {
            vin = Identifiers.ValidVin(),
            plate = Identifiers.Plate(),
            model = "大众 帕萨特",
            vehicleClass = "Car",
            odometerKm = 15_000,
        })).Read<Workshop.IdOnly>();
        return (manager, vehicle.Id);
    }

    [Fact]
    public async Task BaselineEndpoints_ByDefault_AreNotThere()
    {
        await using var api = new ApiFactory(_database, new TestClock());
        var (manager, vehicleId) = await ManagerWithACarAsync(api);

        await (await manager.GetAsync($"/benchmark/raw-read/{vehicleId}")).AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
        await (await manager.PostJson($"/benchmark/raw-write/{vehicleId}")).AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task BaselineEndpoints_WhenSwitchedOn_ReadAndWrite()
    {
        await using var api = new ApiFactory(_database, new TestClock(), new Dictionary<string, string?> { ["Benchmark:BaselineEndpoints"] = "true" });
        var (manager, vehicleId) = await ManagerWithACarAsync(api);

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/benchmark/raw-read/{vehicleId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostJson($"/benchmark/raw-write/{vehicleId}")).StatusCode);
    }
}
