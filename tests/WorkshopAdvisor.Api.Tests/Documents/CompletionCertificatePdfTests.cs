using System.Net;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;
using static WorkshopAdvisor.Api.Tests.Documents.DocumentsFixture;

namespace WorkshopAdvisor.Api.Tests.Documents;

public sealed class CompletionCertificatePdfTests(DocumentsFixture shop) : IClassFixture<DocumentsFixture>
{
    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Certificate_AfterMajorWorkPassedInspection_PrintsNumberInspectorDateAndTheChecksDone()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(car.VehicleId, RepairCategory.Level2Maintenance);
        var certificate = order.CompletionCertificate!;

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/completion-certificate.pdf", $"{order.Number}-completion-certificate.pdf");

        var raw = PdfTools.Text(pdf, raw: true);
        Assert.Contains("机动车维修竣工出厂合格证 Completion Certificate", raw, StringComparison.Ordinal);
        Assert.Contains($"合格证编号 Certificate No. {certificate.Number}", raw, StringComparison.Ordinal);
        Assert.Contains("赵敏", raw, StringComparison.Ordinal);
        Assert.Contains(Local(certificate.IssuedAt), raw, StringComparison.Ordinal);
        Assert.Contains("二级维护 Level-2 maintenance", raw, StringComparison.Ordinal);
        Assert.Contains(car.Vin, raw, StringComparison.Ordinal);
        Assert.Contains(car.EngineNumber, raw, StringComparison.Ordinal);
        Assert.Matches(@"1\s+更换正时链条张紧器\s+合格 Pass", raw);
        Assert.Matches(@"2\s+更换机油机滤\s+合格 Pass", raw);
        foreach (var check in new[] { "转向系统 Steering", "制动系统 Brakes", "各部连接紧固 Connections tight", "随车附件齐全完好 Accessories complete" })
        {
            Assert.Matches($@"{check}\s+合格 Pass", raw);
        }
        Assert.Contains("路试 Road test 不需要 Not required", raw, StringComparison.Ordinal);
        Assert.Contains("5,000 km 或 30 天", raw, StringComparison.Ordinal);
        // The odometer as the car leaves (read at final inspection), the customer's receipt to sign, the stamp's place.
        Assert.Contains("出厂里程 Odometer at exit 15,235 km", raw, StringComparison.Ordinal);
        Assert.Contains("托修方接车人 Customer", raw, StringComparison.Ordinal);
        Assert.Contains("维修企业盖章 Shop's stamp", raw, StringComparison.Ordinal);
        Assert.Empty(ImageRows(pdf));
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Certificate_AfterHandover_PrintsTheCustomersReceiptSignatureAndTheDateOut()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(car.VehicleId, RepairCategory.Level2Maintenance);
        order = await shop.HandOverAsync(order.Id, order.Totals.Total);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/completion-certificate.pdf", $"{order.Number}-completion-certificate.pdf");

        var raw = PdfTools.Text(pdf, raw: true);
        Assert.Contains($"出厂日期 Date out {Local(order.HandedOverAt!.Value, "yyyy-MM-dd")}", raw, StringComparison.Ordinal);
        Assert.Contains($"接车 Received {Local(order.HandedOverAt.Value)}", raw, StringComparison.Ordinal);
        Assert.Single(ImageRows(pdf), row => row[0] == "image");
    }

    [Fact]
    public async Task Certificate_ForMinorRepair_Is409SayingOnlyMajorWorkGetsOne()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.HandedOverAsync(car.VehicleId, RepairCategory.MinorRepair);

        var response = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/documents/completion-certificate.pdf");

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/document-not-available");
        Assert.Contains("MinorRepair is not major work", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_ForMajorWorkBeforeFinalInspection_Is409SayingTheInspectorIssuesItAfterwards()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id, RepairCategory.AssemblyRepair);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);

        var response = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/documents/completion-certificate.pdf");

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/document-not-available");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("it is Approved", detail, StringComparison.Ordinal);
        Assert.Contains("after the final inspection has passed", detail, StringComparison.Ordinal);
    }

    /// <summary>pdfimages -list, one row per image: type, width, height.</summary>
    private static List<string[]> ImageRows(byte[] pdf) => [.. PdfTools.Images(pdf).Split('\n').Skip(2).Where(l => l.Length > 0)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..5])];
}
