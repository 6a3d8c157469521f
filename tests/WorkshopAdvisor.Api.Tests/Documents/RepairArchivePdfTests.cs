using System.Net;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;
using static WorkshopAdvisor.Api.Tests.Documents.DocumentsFixture;

namespace WorkshopAdvisor.Api.Tests.Documents;

public sealed class RepairArchivePdfTests(DocumentsFixture shop) : IClassFixture<DocumentsFixture>
{
    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task Archive_WithTwoVisits_PrintsEveryVisitInOrderWithTheFieldsOfTheRegulation()
    {
        var car = await shop.RegisterCarAsync();
        var first = await shop.HandedOverAsync(car.VehicleId, odometerKm: 15_230);
        shop.Clock.Advance(TimeSpan.FromHours(3));
        // Level-2 maintenance: the archive also holds its quality inspection, the inspector and the certificate's number.
        var second = await shop.HandedOverAsync(car.VehicleId, Domain.Guarantees.RepairCategory.Level2Maintenance, odometerKm: 18_040);

        var pdf = await shop.PdfAsync($"/vehicles/{car.VehicleId}/documents/repair-archive.pdf", $"{car.Vin}-repair-archive.pdf", Role.CareAgent);

        var text = PdfTools.Text(pdf);
        Assert.Contains("机动车维修档案 Vehicle Repair Archive", text, StringComparison.Ordinal);
        Assert.Contains(car.EngineNumber, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(first.Number, StringComparison.Ordinal) < text.IndexOf(second.Number, StringComparison.Ordinal), "visits in the order they happened");
        var raw = PdfTools.Text(pdf, raw: true);
        foreach (var (visit, km) in new[] { (first, "15,230 km"), (second, "18,040 km") })
        {
            foreach (var expected in new[]
            {
                visit.Number, visit.Settlement!.Number, Local(visit.ReceivedAt), Local(visit.Settlement.SettledAt), km,
                car.Vin, car.Plate, "冷车启动时发动机异响",
            })
            {
                Assert.Contains(expected, raw, StringComparison.Ordinal);
            }
        }
        // Each repair item with the technician who did it; each part with its grade (原厂/同质/修复).
        Assert.Equal(2, CountOf(raw, "1 更换正时链条张紧器 李强 2.5"));
        Assert.Equal(2, CountOf(raw, "工时合计 Labour hours 3.0"));
        Assert.Equal(2, CountOf(raw, "2 机油 5W-40 G052195M4 同质 Equivalent 4.5"));
        Assert.Equal(2, CountOf(raw, "检验员 Inspector 赵敏"));
        Assert.Contains($"合格证编号 Certificate No. {second.CompletionCertificate!.Number}", raw, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(raw, "合格证编号 Certificate No."));
    }

    [Fact]
    public async Task Archive_WhenTheVehicleDoesNotExist_Is404()
    {
        var response = await shop.As(Role.Advisor).GetAsync("/vehicles/987654/documents/repair-archive.pdf");

        await response.AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }

    private static int CountOf(string text, string value) => System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(value));
}
