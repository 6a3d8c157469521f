using System.Net;
using System.Text.RegularExpressions;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;
using static WorkshopAdvisor.Api.Tests.Documents.DocumentsFixture;

namespace WorkshopAdvisor.Api.Tests.Documents;

public sealed class EstimatePdfTests(DocumentsFixture shop) : IClassFixture<DocumentsFixture>
{
    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Estimate_AfterTheDecision_PrintsEachLineWithItsOwnDecisionAndTheApprovedAmount()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        order = await shop.DecideAsync(order.Id, 1, [1, 3, 4], [2]);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/estimate-1.pdf", $"{order.Number}-estimate-v1.pdf");

        var raw = PdfTools.Text(pdf, raw: true);
        Assert.Contains("机动车维修估价单 Repair Estimate", raw, StringComparison.Ordinal);
        Assert.Matches(@"1\s+更换正时链条张紧器\s+同意 Approved\s+2\.5\s+¥180\.00\s+¥450\.00", raw);
        Assert.Matches(@"2\s+更换机油机滤\s+拒绝 Declined\s+0\.5\s+¥180\.00\s+¥90\.00", raw);
        Assert.Matches(@"3\s+06K109467K\s+正时链条张紧器\s+原厂 Genuine\s+同意 Approved\s+1\s+¥685\.50\s+¥685\.50", raw);
        Assert.Matches(@"4\s+G052195M4\s+机油 5W-40\s+同质 Equivalent\s+同意 Approved\s+4\.5\s+¥78\.00\s+¥351\.00", raw);
        Assert.Contains("估价合计 Estimate total ¥1,576.50", raw, StringComparison.Ordinal);
        Assert.Contains("客户同意金额 Approved by the customer ¥1,486.50", raw, StringComparison.Ordinal);
        Assert.Contains(order.Estimates.Single().ContentHash, raw, StringComparison.Ordinal);
        Assert.Contains(Local(order.Estimates.Single().Decision!.DecidedAt), raw, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Estimate_WhilePending_MarksEveryLinePendingAndLeavesTheCustomerALineToSign()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        order = await shop.EstimateAsync(order.Id);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/estimate-1.pdf", $"{order.Number}-estimate-v1.pdf");

        var text = PdfTools.Text(pdf);
        Assert.Equal(4, Regex.Count(text, "待定 Pending"));
        Assert.DoesNotContain("同意 Approved", text, StringComparison.Ordinal);
        Assert.Contains("客户确认签字 Customer's approval", text, StringComparison.Ordinal);
        Assert.Contains("签名 Signature", text, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task SupplementaryEstimate_PrintsItsTitleTheFaultFoundItsLinesAndItsOwnHash()
    {
        var order = await SupplementaryApprovedAsync(shop);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/estimate-2.pdf", $"{order.Number}-estimate-v2.pdf");

        var raw = PdfTools.Text(pdf, raw: true);
        Assert.Contains("维修增项单 Supplementary Estimate", raw, StringComparison.Ordinal);
        Assert.Contains("左前刹车片磨损至3mm", raw, StringComparison.Ordinal);
        Assert.Matches(@"1\s+更换前刹车片\s+同意 Approved\s+1\.0\s+¥180\.00\s+¥180\.00", raw);
        Assert.Matches(@"2\s+5Q0698151\s+前刹车片（套）\s+原厂 Genuine\s+同意 Approved\s+1\s+¥420\.00\s+¥420\.00", raw);
        var v2 = order.Estimates.Single(e => e.Number == 2);
        Assert.Contains($"SHA-256 {v2.ContentHash}", raw, StringComparison.Ordinal);
        Assert.NotEqual(order.Estimates.Single(e => e.Number == 1).ContentHash, v2.ContentHash);
    }

    [Fact]
    public async Task Estimate_WhenTheVersionDoesNotExist_Is404()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);

        var response = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/documents/estimate-1.pdf");

        await response.AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }

    /// <summary>
    /// An order whose estimate v1 was approved in full, where the technician found worn brake pads on job 1,
    /// priced as supplementary estimate v2 (labour ¥180.00, pads ¥420.00) and approved; all jobs done.
    /// </summary>
    internal static async Task<RepairOrderResponse> SupplementaryApprovedAsync(DocumentsFixture shop, string category = "MinorRepair")
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(Enum.Parse<Domain.Guarantees.RepairCategory>(category))))
            .Read<RepairOrderResponse>();
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/extra-faults", new { description = "左前刹车片磨损至3mm，低于更换标准", jobNumber = 1 }))
            .Read<RepairOrderResponse>();
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/supplementary-estimates", new
        {
            labourLines = new[] { new { description = "更换前刹车片", hours = 1.0m, rate = 180m } },
            partLines = new[] { new { partNumber = "5Q0698151", name = "前刹车片（套）", quantity = 1m, unitPrice = 420m, grade = "Genuine" } },
            extraFaultNumbers = new[] { 1 },
        })).Read<RepairOrderResponse>();
        await shop.DecideAsync(order.Id, 2, [1, 2], []);
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/finish")).Read<RepairOrderResponse>();
        return await shop.DoAllJobsAsync(order.Id);
    }
}
