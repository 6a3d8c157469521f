using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Testing;

/// <summary>The steps of a car's visit, each as the person who does it would do it over HTTP.</summary>
public static class Workshop
{
    public static async Task<(long CustomerId, long VehicleId)> RegisterCarAsync(this ShopFixture shop, VehicleClass vehicleClass = VehicleClass.Car, int odometerKm = 15_000)
    {
        var advisor = shop.As(Role.Advisor);
        var customer = await (await advisor.PostJson("/customers", new { name = "张伟", phones = new[] { Identifiers.Phone() }, @class = "B" })).Read<IdOnly>();
        var vehicle = await (await advisor.PostJson($"/customers/{customer.Id}/vehicles", new
        {
            vin = Identifiers.ValidVin(),
            plate = Identifiers.Plate(),
            model = "大众 帕萨特 330TSI",
            engineNumber = "DKV" + Identifiers.Next(),
            vehicleClass,
            odometerKm,
        })).Read<IdOnly>();
        return (customer.Id, vehicle.Id);
    }

    public static object Reception(long vehicleId, int odometerKm = 15_230, long? warrantyReturnOf = null, bool notAWarrantyReturn = false) => new
    {
        vehicleId,
        odometerKm,
        fuelLevelPercent = 50,
        accessories = new[] { new { name = "备胎", count = 1 }, new { name = "脚垫", count = 4 } },
        damageNotes = new[] { new { area = "左前门", description = "划痕约5cm" } },
        valuablesReminderAcknowledged = true,
        customerDescription = "冷车启动时发动机异响",
        customerWaits = false,
        keepsOldParts = true,
        warrantyReturnOf,
        notAWarrantyReturn,
    };

    public static async Task<RepairOrderResponse> ReceiveAsync(this ShopFixture shop, long vehicleId, int odometerKm = 15_230, long? warrantyReturnOf = null,
        bool notAWarrantyReturn = false) =>
        await (await shop.As(Role.Advisor).PostJson("/repair-orders", Reception(vehicleId, odometerKm, warrantyReturnOf, notAWarrantyReturn))).Read<RepairOrderResponse>();

    public static async Task<RepairOrderResponse> DiagnoseAsync(this ShopFixture shop, long orderId) =>
        await (await shop.As(Role.Advisor).PutJson($"/repair-orders/{orderId}/diagnosis", new
        {
            engineTemperature = "Cold",
            frequency = "Always",
            jointLiftCheckDone = true,
            findings = new[] { "正时链条张紧器磨损" },
        })).Read<RepairOrderResponse>();

    /// <summary>Two labour lines (1, 2) and two parts lines (3, 4): labour ¥540.00, parts ¥1,036.50.</summary>
    public static object Estimate(RepairCategory category = RepairCategory.MinorRepair, DateTimeOffset? promised = null, decimal? ceiling = null) => new
    {
        category,
        promisedCompletionAt = promised ?? new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(8)),
        ceiling,
        labourLines = new[]
        {
            new { description = "更换正时链条张紧器", hours = 2.5m, rate = 180m },
            new { description = "更换机油机滤", hours = 0.5m, rate = 180m },
        },
        partLines = new[]
        {
            new { partNumber = "06K109467K", name = "正时链条张紧器", quantity = 1m, unitPrice = 685.50m, grade = "Genuine" },
            new { partNumber = "G052195M4", name = "机油 5W-40", quantity = 4.5m, unitPrice = 78m, grade = "Equivalent" },
        },
    };

    public static async Task<RepairOrderResponse> EstimateAsync(this ShopFixture shop, long orderId, RepairCategory category = RepairCategory.MinorRepair) =>
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{orderId}/estimates", Estimate(category, shop.Clock.GetUtcNow().AddDays(1)))).Read<RepairOrderResponse>();

    /// <summary>Records the customer's decision; an approved initial estimate is then signed by the customer and the advisor (unless <paramref name="sign"/> is false).</summary>
    public static async Task<RepairOrderResponse> DecideAsync(this ShopFixture shop, long orderId, int version, int[] approved, int[] declined, bool sign = true)
    {
        var order = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{orderId}/estimates/{version}/decision",
            new { approvedLines = approved, declinedLines = declined, decidedBy = "张伟" })).Read<RepairOrderResponse>();
        var initial = order.Estimates.Single(v => v.Number == version).Kind == EstimateKind.Initial;
        return sign && initial && approved.Length > 0 ? await shop.SignWorkOrderAsync(orderId) : order;
    }

    /// <summary>The customer and the advisor sign the work order on the counter's pad.</summary>
    public static async Task<RepairOrderResponse> SignWorkOrderAsync(this ShopFixture shop, long orderId)
    {
        var png = Convert.ToBase64String(TestImages.SignaturePng);
        await (await shop.As(Role.Advisor).PutJson($"/repair-orders/{orderId}/signatures/advisor", new { imagePng = png })).Read<RepairOrderResponse>();
        return await (await shop.As(Role.Advisor).PutJson($"/repair-orders/{orderId}/signatures/customer", new { signerName = "张伟", imagePng = png })).Read<RepairOrderResponse>();
    }

    /// <summary>A handover at the counter: the reception's accessories counted back, the customer's acceptance drawn on the pad.</summary>
    public static object Handover(RepairOrderResponse order, decimal amountPaid, decimal discount = 0m, string paymentMethod = "微信") => new
    {
        discount,
        amountPaid,
        paymentMethod,
        acceptedBy = "张伟",
        accessories = order.Reception.Accessories,
        acceptanceSignaturePng = Convert.ToBase64String(TestImages.SignaturePng),
    };

    public static async Task<RepairOrderResponse> DoAllJobsAsync(this ShopFixture shop, long orderId)
    {
        var order = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{orderId}").Result.Read<RepairOrderResponse>();
        foreach (var job in order.Jobs.Where(j => j.Status != JobStatus.Done))
        {
            await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{orderId}/jobs/{job.Number}/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
            await (await shop.As(Role.Technician).PostJson($"/repair-orders/{orderId}/jobs/{job.Number}/start")).Read<RepairOrderResponse>();
            order = await (await shop.As(Role.Technician).PostJson($"/repair-orders/{orderId}/jobs/{job.Number}/finish")).Read<RepairOrderResponse>();
        }
        return order;
    }

    /// <summary>Every named job passed; the odometer read 5 km past reception (the inspector's own drive into the bay and out).</summary>
    public static object PassingInspection(RepairOrderResponse order, IEnumerable<int>? jobNumbers = null, string? certificate = null) => new
    {
        jobChecks = (jobNumbers ?? order.Jobs.Select(j => j.Number)).Select(n => new { jobNumber = n, passed = true }),
        steeringOk = true,
        brakesOk = true,
        connectionsTight = true,
        accessoriesComplete = true,
        roadTestRequired = false,
        completionCertificateNumber = certificate,
        odometerKm = order.Reception.OdometerKm + 5,
    };

    public static async Task<RepairOrderResponse> PassInspectionAsync(this ShopFixture shop, RepairOrderResponse order, string? certificate = null) =>
        await (await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection",
            PassingInspection(order, certificate: certificate))).Read<RepairOrderResponse>();

    public static async Task<RepairOrderResponse> HandOverAsync(this ShopFixture shop, long orderId, decimal amountPaid)
    {
        var order = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{orderId}").Result.Read<RepairOrderResponse>();
        return await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{orderId}/handover", Handover(order, amountPaid))).Read<RepairOrderResponse>();
    }

    /// <summary>A car taken all the way: received, estimated, all lines approved, worked, inspected.</summary>
    public static async Task<RepairOrderResponse> ReadyForHandoverAsync(this ShopFixture shop, long vehicleId, RepairCategory category = RepairCategory.MinorRepair, int odometerKm = 15_230)
    {
        var order = await shop.ReceiveAsync(vehicleId, odometerKm);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id, category);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        order = await shop.DoAllJobsAsync(order.Id);
        return await shop.PassInspectionAsync(order, category.IsMajor() ? "JG-" + Identifiers.Next() : null);
    }

    public static async Task<RepairOrderResponse> HandedOverAsync(this ShopFixture shop, long vehicleId, RepairCategory category = RepairCategory.MinorRepair, int odometerKm = 15_230)
    {
        var order = await shop.ReadyForHandoverAsync(vehicleId, category, odometerKm);
        return await shop.HandOverAsync(order.Id, order.Totals.Total);
    }

    public sealed record IdOnly(long Id);
}
