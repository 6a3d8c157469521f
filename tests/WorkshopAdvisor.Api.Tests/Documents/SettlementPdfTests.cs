using System.Net;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;
using static WorkshopAdvisor.Api.Tests.Documents.DocumentsFixture;

namespace WorkshopAdvisor.Api.Tests.Documents;

public sealed class SettlementPdfTests(DocumentsFixture shop) : IClassFixture<DocumentsFixture>
{
    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Settlement_AfterHandover_ItemisesLabourAndPartsApartWithSubtotalsDiscountTotalPaidAndTheGuarantee()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 3, 4], [2]);
        order = await shop.PassInspectionAsync(await shop.DoAllJobsAsync(order.Id));
        order = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/handover",
            Workshop.Handover(order, 1450.00m, discount: 36.50m))).Read<RepairOrderResponse>();

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/settlement.pdf", $"{order.Number}-settlement.pdf");

        var raw = PdfTools.Text(pdf, raw: true);
        var settlement = order.Settlement!;
        var guarantee = order.Guarantee!;
        Assert.Contains("机动车维修结算清单 Repair Settlement List", raw, StringComparison.Ordinal);
        Assert.Contains(settlement.Number, raw, StringComparison.Ordinal);
        Assert.Contains("张伟", raw, StringComparison.Ordinal);
        Assert.Contains(car.Plate, raw, StringComparison.Ordinal);
        Assert.Contains(car.Vin, raw, StringComparison.Ordinal);
        // Labour: hours, rate, amount. Parts: part number, name, quantity, unit price, amount. Never mixed.
        Assert.Matches(@"1\s+更换正时链条张紧器\s+估价 v1\s+2\.5\s+¥180\.00\s+¥450\.00\s+工时费小计 Labour subtotal ¥450\.00", raw);
        Assert.Matches(@"1\s+06K109467K\s+正时链条张紧器\s+原厂 Genuine\s+估价 v1\s+1\s+¥685\.50\s+¥685\.50\s+2\s+G052195M4\s+机油 5W-40\s+同质 Equivalent\s+估价 v1\s+4\.5\s+¥78\.00\s+¥351\.00\s+材料费小计 Parts subtotal ¥1,036\.50", raw);
        Assert.DoesNotContain("更换机油机滤 估价", raw, StringComparison.Ordinal); // declined: not on the bill...
        Assert.Contains("Declined this time：更换机油机滤", raw, StringComparison.Ordinal); // ...but suggested for next time
        Assert.Contains("合计 Total ¥1,486.50", raw, StringComparison.Ordinal);
        Assert.Contains("优惠 Discount -¥36.50", raw, StringComparison.Ordinal);
        Assert.Contains("应付金额 Amount due ¥1,450.00", raw, StringComparison.Ordinal);
        Assert.Contains("实付金额 Paid（微信） ¥1,450.00", raw, StringComparison.Ordinal);
        // The amount due in capitals, as Chinese receipts carry it.
        Assert.Contains("应付金额（大写） Amount due in words 壹仟肆佰伍拾元整", raw, StringComparison.Ordinal);
        Assert.Equal((450.00m, 1036.50m, 1450.00m), (settlement.LabourSubtotal, settlement.PartsSubtotal, settlement.AmountDue));
        // The guarantee: km and days, from handover, and where it ends.
        Assert.Contains("2,000 km 或 10 天", raw, StringComparison.Ordinal);
        // The days end at 24:00 of the last calendar day (the day of handover not counted); the km run from the odometer
        // read after the road test (5 km past reception).
        Assert.Contains($"截止日期 Ends on {guarantee.LastDay:yyyy-MM-dd} 24:00", raw, StringComparison.Ordinal);
        Assert.Equal(Local(settlement.SettledAt, "yyyy-MM-dd"), guarantee.LastDay.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"截止里程 Ends at {guarantee.EndsAtOdometerKm:#,##0} km", raw, StringComparison.Ordinal);
        Assert.Equal(17_235, guarantee.EndsAtOdometerKm);
        Assert.Contains($"交车 Handed over {Local(settlement.SettledAt)}", raw, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Settlement_WithApprovedExtraWork_ChargesItAndSaysItCameFromTheSupplementaryEstimate()
    {
        var order = await EstimatePdfTests.SupplementaryApprovedAsync(shop);
        order = await shop.PassInspectionAsync(order);
        order = await shop.HandOverAsync(order.Id, order.Totals.Total);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/settlement.pdf", $"{order.Number}-settlement.pdf");

        var raw = PdfTools.Text(pdf, raw: true);
        Assert.Matches(@"3\s+更换前刹车片\s+增项 v2\s+1\.0\s+¥180\.00\s+¥180\.00", raw);
        Assert.Matches(@"3\s+5Q0698151\s+前刹车片（套）\s+原厂 Genuine\s+增项 v2\s+1\s+¥420\.00\s+¥420\.00", raw);
        Assert.Contains("工时费小计 Labour subtotal ¥720.00", raw, StringComparison.Ordinal);
        Assert.Contains("材料费小计 Parts subtotal ¥1,456.50", raw, StringComparison.Ordinal);
        Assert.Contains("应付金额 Amount due ¥2,176.50", raw, StringComparison.Ordinal);
        Assert.Equal(2176.50m, order.Settlement!.AmountDue);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task DeclinedExtraFaultRule_WhenTheCustomerDeclinesASafetyFault_TheSettlementAndTheArchiveSuggestItForTheNextVisitAsSafety()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 3, 4], [2]);
        order = await shop.DoAllJobsAsync(order.Id);
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/extra-faults", new { description = "右后轮胎鼓包", safety = true }))
            .Read<RepairOrderResponse>();
        order = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/extra-faults/1/decline", new { declinedBy = "张伟" }))
            .Read<RepairOrderResponse>();
        order = await shop.PassInspectionAsync(order);
        order = await shop.HandOverAsync(order.Id, order.Totals.Total);

        // Text without its line breaks and spaces: the archive's field wraps within its column.
        static string Flat(byte[] pdf) => string.Concat(PdfTools.Text(pdf, raw: true).Where(c => !char.IsWhiteSpace(c)));
        var settlement = Flat(await shop.PdfAsync($"/repair-orders/{order.Id}/documents/settlement.pdf", $"{order.Number}-settlement.pdf"));
        var archive = Flat(await shop.PdfAsync($"/vehicles/{car.VehicleId}/documents/repair-archive.pdf", $"{car.Vin}-repair-archive.pdf"));

        // The safety item first and marked as such, then the declined line.
        Assert.Contains("建议下次维修Suggestedforthenextvisit本次客户未同意的项目Declinedthistime：右后轮胎鼓包（安全项目safety）、更换机油机滤", settlement,
            StringComparison.Ordinal);
        Assert.Contains("建议下次维修Suggestedforthenextvisit右后轮胎鼓包（安全项目safety）、更换机油机滤", archive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settlement_BeforeHandover_Is409SayingToHandTheCarOverFirst()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(car.VehicleId);

        var response = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/documents/settlement.pdf");

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/document-not-available");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("ReadyForHandover", detail, StringComparison.Ordinal);
        Assert.Contains("hand the car over first", detail, StringComparison.Ordinal);
    }
}
