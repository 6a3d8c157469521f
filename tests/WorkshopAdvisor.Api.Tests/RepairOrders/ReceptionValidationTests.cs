using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

public sealed class ReceptionValidationTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Advisor => shop.As(Role.Advisor);

    [Fact]
    public async Task Receive_WhenOdometerIsBelowTheLastReading_Is400AndNothingIsSaved()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync(odometerKm: 20_000);

        var response = await Advisor.PostJson("/repair-orders", Workshop.Reception(vehicleId, odometerKm: 19_999));

        var message = await response.AssertFieldError("odometerKm");
        Assert.Contains("20000", message, StringComparison.Ordinal);
        var orders = await Advisor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/vehicles/{vehicleId}/history", ShopFixture.Json);
        Assert.Equal(0, orders.GetArrayLength());
    }

    [Fact]
    public async Task Receive_MovesTheVehicleOdometerForward()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync(odometerKm: 20_000);

        await shop.ReceiveAsync(vehicleId, odometerKm: 21_500);

        var vehicle = await Advisor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/vehicles/{vehicleId}", ShopFixture.Json);
        Assert.Equal(21_500, vehicle.GetProperty("lastOdometerKm").GetInt32());
    }

    [Fact]
    public async Task Receive_WithoutValuablesReminderOrDescription_Is400OnEachField()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();

        var response = await Advisor.PostJson("/repair-orders", new { vehicleId, odometerKm = 15_300, fuelLevelPercent = 130, valuablesReminderAcknowledged = false });

        await response.AssertFieldError("valuablesReminderAcknowledged");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("customerDescription", body, StringComparison.Ordinal);
        Assert.Contains("fuelLevelPercent", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_WhenTheCarHasAnOpenOrder_Is409NamingIt()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var first = await shop.ReceiveAsync(vehicleId);

        var response = await Advisor.PostJson("/repair-orders", Workshop.Reception(vehicleId, odometerKm: 15_400));

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/vehicle-has-open-order");
        Assert.Contains(first.Number, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_WithMalformedJson_Is400NotA500()
    {
        using var content = new StringContent("{\"vehicleId\": \"twelve\"", System.Text.Encoding.UTF8, "application/json");

        var response = await Advisor.PostAsync("/repair-orders", content);

        await response.AssertProblem(HttpStatusCode.BadRequest, "/problems/validation");
    }

    [Fact]
    public async Task Receive_WithWrongTypeInAField_Is400NamingTheField()
    {
        using var content = new StringContent("{\"vehicleId\": 1, \"odometerKm\": \"many\"}", System.Text.Encoding.UTF8, "application/json");

        var response = await Advisor.PostAsync("/repair-orders", content);

        await response.AssertFieldError("odometerKm");
    }

    [Fact]
    public async Task Receive_ForUnknownVehicle_Is400OnVehicleId()
    {
        var response = await Advisor.PostJson("/repair-orders", Workshop.Reception(987_654));
        await response.AssertFieldError("vehicleId");
    }

    [Fact]
    public async Task Numbers_OfOrdersReceivedInParallel_AreUniqueAndFollowTheShopDay()
    {
        var vehicles = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            vehicles.Add((await shop.RegisterCarAsync()).VehicleId);
        }

        var orders = await Task.WhenAll(vehicles.Select(v => shop.ReceiveAsync(v)));

        Assert.Equal(orders.Length, orders.Select(o => o.Number).Distinct().Count());
        // 01:30 UTC is 09:30 on the shop's calendar (Asia/Shanghai): the number carries the local date.
        var localDay = shop.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(orders, o => Assert.StartsWith($"RO-{localDay}-", o.Number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Number_JustAfterLocalMidnight_CarriesTheNewLocalDate()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var saved = shop.Clock.GetUtcNow();
        shop.Clock.Set(new DateTimeOffset(2026, 11, 24, 16, 5, 0, TimeSpan.Zero)); // 00:05 on 25 Nov in Beijing
        try
        {
            var order = await shop.ReceiveAsync(vehicleId, odometerKm: 15_300);
            Assert.StartsWith("RO-20261125-", order.Number, StringComparison.Ordinal);
        }
        finally
        {
            shop.Clock.Set(saved);
        }
    }
}
