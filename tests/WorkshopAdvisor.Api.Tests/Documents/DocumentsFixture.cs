using System.Globalization;
using System.Net;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Documents;

/// <summary>A shop with its full letterhead configured, and the steps to download a document as the counter would.</summary>
public sealed class DocumentsFixture : ShopFixture
{
    public const string ShopName = "北京鑫达汽车销售服务有限公司 Xinda Motors";
    public const string ShopAddress = "北京市朝阳区东四环中路88号";
    public const string ShopPhone = "010-6588 1234";
    public const string ShopLicence = "京交运管许可朝字110105001234号";
    public const string CustomerAddress = "北京市朝阳区望京西路48号院3号楼2单元501室";

    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Shop:Name"] = ShopName,
        ["Shop:Address"] = ShopAddress,
        ["Shop:Phone"] = ShopPhone,
        ["Shop:LicenceNumber"] = ShopLicence,
    };

    /// <summary>A customer with an address and a car with an engine number: everything a work order prints.</summary>
    public async Task<Car> RegisterCarAsync(int odometerKm = 15_000)
    {
        var advisor = As(Role.Advisor);
        var phone = Identifiers.Phone();
        var customer = await (await advisor.PostJson("/customers", new { name = "张伟", phones = new[] { phone }, address = CustomerAddress, @class = "B" }))
            .Read<Workshop.IdOnly>();
        var car = new Car(customer.Id, 0, Identifiers.ValidVin(), Identifiers.Plate(), phone, "DKV" + Identifiers.Next());
        var vehicle = await (await advisor.PostJson($"/customers/{customer.Id}/vehicles", new
        {
            vin = car.Vin,
            plate = car.Plate,
            model = "大众 帕萨特 330TSI 豪华版",
            engineNumber = car.EngineNumber,
            vehicleClass = "Car",
            odometerKm,
        })).Read<Workshop.IdOnly>();
        return car with { VehicleId = vehicle.Id };
    }

    /// <summary>Downloads a document and checks that it is served as a PDF under the expected file name.</summary>
    public async Task<byte[]> PdfAsync(string url, string expectedFileName, Role role = Role.Advisor)
    {
        var response = await As(role).GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.Fail($"GET {url} as {role}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedFileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "not a PDF file");
        return bytes;
    }

    /// <summary>A UTC time from the API as the shop's wall clock shows it on paper.</summary>
    public static string Local(DateTime utc, string format = "yyyy-MM-dd HH:mm") =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Beijing).ToString(format, CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => "¥" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}

public sealed record Car(long CustomerId, long VehicleId, string Vin, string Plate, string Phone, string EngineNumber);
