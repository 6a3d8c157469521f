using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

/// <summary>
/// A car that comes back while a guarantee on earlier work still runs is shown as such on the look-up and its card,
/// and reception proposes the link to the original order instead of leaving it to the advisor's memory.
/// The original is a minor repair handed over on 23 November 2026 at 09:30 in Beijing, at 15,235 km: it runs to
/// 3 December 24:00 or 17,235 km.
/// </summary>
public sealed class GuaranteeAtReceptionTests(ShopFixture shop) : IClassFixture<ShopFixture>, IDisposable
{
    private readonly DateTimeOffset _start = shop.Clock.GetUtcNow();

    private HttpClient Advisor => shop.As(Role.Advisor);

    public void Dispose() => shop.Clock.Set(_start);

    [Fact]
    public async Task GuaranteeRunningRule_WhenTheCarIsReceivedWithoutSayingWhetherItIsAReturn_Is409ProposingTheLink()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        shop.Clock.Advance(TimeSpan.FromDays(3));

        var response = await Advisor.PostJson("/repair-orders", Workshop.Reception(vehicleId, 15_400));

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/guarantee-running");
        Assert.Equal(original.Id, problem.GetProperty("proposedWarrantyReturnOf").GetInt64());
        var running = problem.GetProperty("runningGuarantees")[0];
        Assert.Equal(original.Number, running.GetProperty("orderNumber").GetString());
        Assert.Equal("2026-12-03", running.GetProperty("lastDay").GetString());
        Assert.Equal((8, 1_835), (running.GetProperty("daysLeft").GetInt32(), running.GetProperty("kmLeft").GetInt32()));
        Assert.Contains($"warrantyReturnOf: {original.Id}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuaranteeRunningRule_WhenTheAdvisorLinksTheReturnOrSaysItIsNone_ReceivesTheCar()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        shop.Clock.Advance(TimeSpan.FromDays(3));

        var unrelated = await shop.ReceiveAsync(vehicleId, 15_400, notAWarrantyReturn: true);

        Assert.Null(unrelated.WarrantyReturn);
        await (await Advisor.PostJson($"/repair-orders/{unrelated.Id}/cancellation", new { reason = "客户只来洗车" })).Read<RepairOrderResponse>();
        var linked = await shop.ReceiveAsync(vehicleId, 15_450, warrantyReturnOf: original.Id);
        Assert.True(linked.WarrantyReturn!.InsideGuarantee);
    }

    [Fact]
    public async Task GuaranteeRunningRule_WhenTheLastDayHasEndedAtMidnightShopTime_ReceivesTheCarWithoutAsking()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        await shop.HandedOverAsync(vehicleId);
        shop.Clock.Set(new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero)); // 4 December 00:00 in Beijing

        var order = await shop.ReceiveAsync(vehicleId, 15_400);

        Assert.Null(order.WarrantyReturn);
    }

    [Fact]
    public async Task VehicleCardAndLookup_WhileAGuaranteeRuns_ShowItWithDaysAndKmLeft()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        shop.Clock.Set(new DateTimeOffset(2026, 12, 3, 15, 59, 0, TimeSpan.Zero)); // 3 December 23:59 in Beijing: the last day

        var card = await Advisor.GetFromJsonAsync<VehicleResponse>($"/vehicles/{vehicleId}", ShopFixture.Json);
        var hits = await Advisor.GetFromJsonAsync<List<LookupHit>>($"/lookup?q={Uri.EscapeDataString(card!.Plate![2..])}", ShopFixture.Json);

        var running = Assert.Single(card.RunningGuarantees);
        Assert.Equal((original.Id, original.Number, 1, 2_000), (running.OrderId, running.OrderNumber, running.DaysLeft, running.KmLeft));
        Assert.Equal((new DateOnly(2026, 12, 3), 17_235), (running.LastDay, running.EndsAtOdometerKm));
        Assert.Equal(running, Assert.Single(hits!.Single(h => h.VehicleId == vehicleId).RunningGuarantees));

        shop.Clock.Set(new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero)); // midnight: over
        card = await Advisor.GetFromJsonAsync<VehicleResponse>($"/vehicles/{vehicleId}", ShopFixture.Json);
        Assert.Empty(card!.RunningGuarantees);
    }
}
