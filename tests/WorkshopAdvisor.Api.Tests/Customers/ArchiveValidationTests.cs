using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Customers;

public sealed class ArchiveValidationTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Advisor => shop.As(Role.Advisor);

    private async Task<long> NewCustomerAsync() =>
        (await (await Advisor.PostJson("/customers", new { name = "李娜", phones = new[] { Identifiers.Phone() } })).Read<Workshop.IdOnly>()).Id;

    [Fact]
    public async Task RegisterVehicle_WhenCheckDigitIsWrong_Is400NamingTheExpectedDigit()
    {
        var customerId = await NewCustomerAsync();
        var vin = Identifiers.VinWithWrongCheckDigit();

        var response = await Advisor.PostJson($"/customers/{customerId}/vehicles", new { vin, plate = Identifiers.Plate(), model = "丰田 凯美瑞" });

        var message = await response.AssertFieldError("vin");
        Assert.Contains("check digit", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterVehicle_WhenImported_AcceptsAnyNinthCharacter()
    {
        var customerId = await NewCustomerAsync();

        var response = await Advisor.PostJson($"/customers/{customerId}/vehicles",
            new { vin = Identifiers.VinWithWrongCheckDigit(), isImported = true, plate = Identifiers.Plate(), model = "保时捷 Macan" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("京A1234")]
    [InlineData("XA12345")]
    [InlineData("京I12345")]
    [InlineData("粤BX12345")]
    public async Task RegisterVehicle_WhenPlateIsMalformed_Is400OnPlate(string plate)
    {
        var customerId = await NewCustomerAsync();

        var response = await Advisor.PostJson($"/customers/{customerId}/vehicles", new { vin = Identifiers.ValidVin(), plate, model = "本田 雅阁" });

        await response.AssertFieldError("plate");
    }

    [Fact]
    public async Task RegisterVehicle_WithNewEnergyPlateWrittenWithDot_StoresItNormalized()
    {
        var customerId = await NewCustomerAsync();
        var plate = Identifiers.NewEnergyPlate();

        var vehicle = await (await Advisor.PostJson($"/customers/{customerId}/vehicles",
            new { vin = Identifiers.ValidVin(), plate = plate[..2] + "·" + plate[2..], model = "比亚迪 汉 EV" })).Read<VehicleResponse>();

        Assert.Equal(plate, vehicle.Plate);
        Assert.Equal(8, vehicle.Plate!.Length);
    }

    [Fact]
    public async Task RegisterVehicle_WhenVinIsAlreadyInTheArchive_Is409Duplicate()
    {
        var customerId = await NewCustomerAsync();
        var vin = Identifiers.ValidVin();
        await (await Advisor.PostJson($"/customers/{customerId}/vehicles", new { vin, plate = Identifiers.Plate(), model = "奥迪 A4L" })).Read<VehicleResponse>();

        var response = await Advisor.PostJson($"/customers/{customerId}/vehicles", new { vin = vin.ToLowerInvariant(), plate = Identifiers.Plate(), model = "奥迪 A4L" });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/duplicate");
    }

    [Fact]
    public async Task RegisterCustomer_WithoutNameOrPhone_Is400OnBothFields()
    {
        var response = await Advisor.PostJson("/customers", new { address = "上海市" });

        await response.AssertFieldError("name");
        Assert.Contains("phones", (await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterCustomer_WithMalformedPhone_Is400OnThatPhone()
    {
        var response = await Advisor.PostJson("/customers", new { name = "王磊", phones = new[] { "13812345678", "12345" } });

        await response.AssertFieldError("phones[1]");
    }

    [Fact]
    public async Task Lookup_ByPlateFragmentVinFragmentOrPhone_FindsTheCarAndItsOwner()
    {
        var phone = Identifiers.Phone();
        var customer = await (await Advisor.PostJson("/customers", new { name = "周杰", phones = new[] { phone } })).Read<Workshop.IdOnly>();
        var vin = Identifiers.ValidVin();
        var plate = Identifiers.Plate();
        var vehicle = await (await Advisor.PostJson($"/customers/{customer.Id}/vehicles", new { vin, plate, model = "别克 GL8" })).Read<VehicleResponse>();

        foreach (var q in new[] { plate[2..], vin[^8..].ToLowerInvariant(), phone[..7], plate[..2] + "·" + plate[2..] })
        {
            var hits = await Advisor.GetFromJsonAsync<List<LookupHit>>($"/lookup?q={Uri.EscapeDataString(q)}", ShopFixture.Json);
            Assert.Contains(hits!, h => h.VehicleId == vehicle.Id && h.CustomerName == "周杰");
        }
    }

    [Fact]
    public async Task Lookup_AfterThePlateChanged_FindsTheNewPlateAndNotTheOld()
    {
        var customer = await NewCustomerAsync();
        var vin = Identifiers.ValidVin();
        var (oldPlate, newPlate) = (Identifiers.Plate(), Identifiers.NewEnergyPlate());
        var vehicle = await (await Advisor.PostJson($"/customers/{customer}/vehicles", new { vin, plate = oldPlate, model = "比亚迪 秦" })).Read<VehicleResponse>();

        await (await Advisor.PutJson($"/vehicles/{vehicle.Id}", new { vin, plate = newPlate, model = "比亚迪 秦" })).Read<VehicleResponse>();

        var byNew = await Advisor.GetFromJsonAsync<List<LookupHit>>($"/lookup?q={Uri.EscapeDataString(newPlate[2..])}", ShopFixture.Json);
        var byOld = await Advisor.GetFromJsonAsync<List<LookupHit>>($"/lookup?q={Uri.EscapeDataString(oldPlate[2..])}", ShopFixture.Json);
        Assert.Contains(byNew!, h => h.VehicleId == vehicle.Id);
        Assert.DoesNotContain(byOld!, h => h.VehicleId == vehicle.Id);
    }

    [Fact]
    public async Task Lookup_WithTooShortQuery_Is400()
    {
        var response = await Advisor.GetAsync("/lookup?q=1");
        await response.AssertFieldError("q");
    }
}
