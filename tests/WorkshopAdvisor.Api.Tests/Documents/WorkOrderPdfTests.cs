using System.Net;
using System.Text.RegularExpressions;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;
using static WorkshopAdvisor.Api.Tests.Documents.DocumentsFixture;

namespace WorkshopAdvisor.Api.Tests.Documents;

public sealed partial class WorkOrderPdfTests(DocumentsFixture shop) : IClassFixture<DocumentsFixture>
{
    private const string LabourHeader = "维修项目 Labour item";
    private const string PartsHeader = "配件名称 Part name";

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_AfterApproval_PrintsShopCustomerVehicleReceptionAndApprovedLinesToTheFen()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(ceiling: 1800m))).Read<RepairOrderResponse>();
        order = await shop.DecideAsync(order.Id, 1, [1, 3, 4], [2]);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        var text = PdfTools.Text(pdf);
        foreach (var expected in new[]
        {
            ShopName, ShopAddress, ShopPhone, ShopLicence, order.Number,
            "张伟", car.Phone, CustomerAddress,
            "大众 帕萨特 330TSI 豪华版", car.Plate, car.Vin, car.EngineNumber, "15,230 km", "50%",
            "备胎 ×1", "脚垫 ×4", "左前门：划痕约5cm", "冷车启动时发动机异响", "正时链条张紧器磨损",
            Local(order.ReceivedAt), "2026-11-24 17:00", "小修 Minor repair", "2,000 km 或 10 天",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // The plate in the one form the pages show it, never with the dot after the office letter.
        Assert.DoesNotContain($"{car.Plate[..2]}·", text, StringComparison.Ordinal);

        // The approved lines, each with its figures on its own row; the declined oil change apart, not charged.
        var raw = PdfTools.Text(pdf, raw: true);
        Assert.Matches(@"1\s+更换正时链条张紧器\s+2\.5\s+¥180\.00\s+¥450\.00", raw);
        Assert.Matches(@"3\s+06K109467K\s+正时链条张紧器\s+原厂 Genuine\s+1\s+¥685\.50\s+¥685\.50", raw);
        Assert.Matches(@"4\s+G052195M4\s+机油 5W-40\s+同质 Equivalent\s+4\.5\s+¥78\.00\s+¥351\.00", raw);
        Assert.Matches(@"Declined: not done, not charged\s+# 项目 Item 金额 Amount\s+2\s+更换机油机滤\s+¥90\.00", raw);
        Assert.Contains("工时费小计 Labour subtotal ¥450.00", raw, StringComparison.Ordinal);
        Assert.Contains("材料费小计 Parts subtotal ¥1,036.50", raw, StringComparison.Ordinal);
        Assert.Contains("合计 Total ¥1,486.50", raw, StringComparison.Ordinal);
        Assert.Contains("Ceiling: the bill will not exceed ¥1,800.00", raw, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_InOneFile_PrintsACustomerCopyAndAShopCopyWithTheSameContent()
    {
        var order = await ApprovedOrderAsync();

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        var pages = PdfTools.PageCount(pdf);
        Assert.True(pages % 2 == 0, $"{pages} pages cannot be two equal copies");
        var customerCopy = Enumerable.Range(1, pages / 2).Select(p => PdfTools.Text(pdf, p)).ToList();
        var shopCopy = Enumerable.Range((pages / 2) + 1, pages / 2).Select(p => PdfTools.Text(pdf, p)).ToList();
        Assert.All(customerCopy, page => Assert.Contains("客户联 Customer copy", page, StringComparison.Ordinal));
        Assert.All(shopCopy, page => Assert.Contains("存根联 Shop copy", page, StringComparison.Ordinal));
        Assert.Equal(customerCopy.Select(p => p.Replace("客户联 Customer copy", "", StringComparison.Ordinal)),
            shopCopy.Select(p => p.Replace("存根联 Shop copy", "", StringComparison.Ordinal)));
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_PrintsTheSha256OfTheApprovedVersion_AsStored()
    {
        var order = await ApprovedOrderAsync();

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        var printed = PrintedHash().Matches(PdfTools.Text(pdf)).Select(m => m.Groups[1].Value).ToList();
        var stored = order.Estimates.Single().ContentHash;
        Assert.Equal([stored, stored], printed); // once on each copy
        Assert.Equal(stored, order.Estimates.Single().Decision!.ContentHash);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_WhenSigned_PrintsBothSignatureImagesWithNamesAndLocalSigningTimes()
    {
        var order = await ApprovedOrderAsync();
        shop.Clock.Advance(TimeSpan.FromMinutes(7));
        var signature = Convert.ToBase64String(TestPng.TransparentSignature());
        await (await shop.As(Role.Advisor).PutJson($"/repair-orders/{order.Id}/signatures/Advisor", new { imagePng = signature })).Read<RepairOrderResponse>();
        order = await (await shop.As(Role.Advisor).PutJson($"/repair-orders/{order.Id}/signatures/Customer", new { signerName = "张伟", imagePng = signature }))
            .Read<RepairOrderResponse>();

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        var images = ImageRows(pdf);
        Assert.Equal(4, images.Count(i => i is ["image", "240", "80"])); // two signatures on each of two copies
        var text = PdfTools.Text(pdf);
        var signedAt = Local(order.Signatures.Single(s => s.Party == Domain.RepairOrders.SignatureParty.Customer).SignedAt);
        Assert.Equal(4, Regex.Count(text, $"签字时间 Signed {Regex.Escape(signedAt)}"));
        Assert.Contains("王芳", text, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_WhenTheArchiveChangesAfterSigning_PrintsTheAddressAndEngineNumberAsTheyWereWhenSigned()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        order = await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        var advisor = shop.As(Role.Advisor);
        (await advisor.PutJson($"/customers/{car.CustomerId}", new { name = "张伟", phones = new[] { car.Phone }, address = "上海市浦东新区世纪大道100号", @class = "B" }))
            .EnsureSuccessStatusCode();
        (await advisor.PutJson($"/vehicles/{car.VehicleId}", new { vin = car.Vin, plate = car.Plate, model = "大众 帕萨特 330TSI 豪华版", engineNumber = "NEW999999", vehicleClass = "Car" }))
            .EnsureSuccessStatusCode();

        var text = PdfTools.Text(await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf"));

        Assert.Equal((CustomerAddress, car.EngineNumber), (order.Signatures[0].CustomerAddress, order.Signatures[0].EngineNumber));
        Assert.Contains(CustomerAddress, text, StringComparison.Ordinal);
        Assert.Contains(car.EngineNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain("上海市浦东新区", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEW999999", text, StringComparison.Ordinal);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_AfterARevisedEstimateIsApproved_LeavesOffSignaturesGivenOnTheOldVersion()
    {
        var order = await ApprovedOrderAsync();
        await (await shop.As(Role.Advisor).PutJson($"/repair-orders/{order.Id}/signatures/Customer",
            new { signerName = "张伟", imagePng = Convert.ToBase64String(TestPng.TransparentSignature()) })).Read<RepairOrderResponse>();
        await shop.EstimateAsync(order.Id); // version 2 replaces the approved version 1 before work started
        order = await shop.DecideAsync(order.Id, 2, [1, 2, 3, 4], [], sign: false);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        Assert.Empty(ImageRows(pdf));
        var text = PdfTools.Text(pdf);
        Assert.Equal(2, Regex.Count(text, "估价单第 2 版"));
        Assert.Equal(order.Estimates.Single(e => e.Number == 2).ContentHash, PrintedHash().Match(text).Groups[1].Value);
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_With80Lines_FlowsOverPagesRepeatingTableHeadersAndPrintsEveryLineOnceWithExactTotals()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        order = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates", EightyLines())).Read<RepairOrderResponse>();
        order = await shop.DecideAsync(order.Id, 1, [.. Enumerable.Range(1, 80)], []);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        var pagesPerCopy = PdfTools.PageCount(pdf) / 2;
        Assert.True(pagesPerCopy >= 3, $"80 lines on {pagesPerCopy} pages");
        var pages = Enumerable.Range(1, pagesPerCopy).Select(p => PdfTools.Text(pdf, p)).ToList();
        var labourPages = pages.Where(p => LabourMarker().IsMatch(p)).ToList();
        var partsPages = pages.Where(p => PartMarker().IsMatch(p)).ToList();
        Assert.True(labourPages.Count >= 2 && partsPages.Count >= 2, "both tables should continue over a page break");
        Assert.All(labourPages, page => Assert.Contains(LabourHeader, page, StringComparison.Ordinal));
        Assert.All(partsPages, page => Assert.Contains(PartsHeader, page, StringComparison.Ordinal));
        for (var p = 1; p <= pagesPerCopy; p++)
        {
            Assert.Contains($"Page {p} of {pagesPerCopy}", pages[p - 1], StringComparison.Ordinal);
        }

        var copy = string.Concat(pages);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"LAB{i:D2}"), LabourMarker().Matches(copy).Select(m => m.Value));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"PRT{i:D2}"), PartMarker().Matches(copy).Select(m => m.Value));

        var raw = PdfTools.Text(pdf, raw: true);
        var lines = order.Estimates.Single().LabourLines.Concat(order.Estimates.Single().PartLines).ToList();
        Assert.Equal(80, lines.Count);
        foreach (var line in lines)
        {
            Assert.Equal(decimal.Round(line.Quantity * line.UnitPrice, 2, MidpointRounding.AwayFromZero), line.Amount);
            // A part prints its grade (原厂 Genuine) between its name and its quantity.
            var grade = line.Grade is null ? string.Empty : @"原厂 Genuine\s+";
            Assert.Matches($@"{Regex.Escape(line.Description)}\s+{grade}[\d.]+\s+{Regex.Escape(Money(line.UnitPrice))}\s+{Regex.Escape(Money(line.Amount))}", raw);
        }
        var (labour, parts) = ExpectedTotals();
        Assert.Contains($"工时费小计 Labour subtotal {Money(labour)}", raw, StringComparison.Ordinal);
        Assert.Contains($"材料费小计 Parts subtotal {Money(parts)}", raw, StringComparison.Ordinal);
        Assert.Contains($"合计 Total {Money(labour + parts)}", raw, StringComparison.Ordinal);
        Assert.Equal(labour + parts, order.Totals.Total);
    }

    [Fact]
    public async Task WorkOrder_BeforeTheCustomerApproved_Is409SayingWhatMustHappenFirst()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);

        var response = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/documents/work-order.pdf");

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/document-not-available");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("AwaitingApproval", detail, StringComparison.Ordinal);
        Assert.Contains("record the customer's decision on estimate version 1 first", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Technician)]
    [InlineData(Role.Inspector)]
    [InlineData(Role.CareAgent)]
    public async Task WorkOrder_ForAnyMemberOfStaff_IsServed(Role role)
    {
        var order = await ApprovedOrderAsync();

        var response = await shop.As(role).GetAsync($"/repair-orders/{order.Id}/documents/work-order.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task WorkOrder_WithoutSigningIn_Is401()
    {
        var order = await ApprovedOrderAsync();

        var response = await shop.Anonymous().GetAsync($"/repair-orders/{order.Id}/documents/work-order.pdf");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WorkOrder_WhenTheOrderDoesNotExist_Is404()
    {
        var response = await shop.As(Role.Advisor).GetAsync("/repair-orders/987654/documents/work-order.pdf");

        await response.AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [RequiresToolsFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task WorkOrder_SignedByTheCustomerThroughTheLink_PrintsTheDrawnSignatureAsRemote()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        order = await shop.EstimateAsync(order.Id);
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);
        var drawn = "data:image/png;base64," + Convert.ToBase64String(TestPng.TransparentSignature());
        var submitted = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], signature: drawn, contentHash: order.Estimates[0].ContentHash));
        Assert.Equal(System.Net.HttpStatusCode.OK, submitted.StatusCode);

        var pdf = await shop.PdfAsync($"/repair-orders/{order.Id}/documents/work-order.pdf", $"{order.Number}-work-order.pdf");

        Assert.Equal(2, ImageRows(pdf).Count(i => i is ["image", "240", "80"])); // the customer's signature on each copy
        var text = PdfTools.Text(pdf);
        Assert.Equal(2, Regex.Count(text, "远程确认 Remote")); // the approval line of each copy says how the customer decided
        Assert.Contains("张伟", text, StringComparison.Ordinal);
    }

    private async Task<RepairOrderResponse> ApprovedOrderAsync()
    {
        var car = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(car.VehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        return await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
    }

    // Hours and quantities vary so that the totals are not round; part 7 is 1.5 × ¥33.33 = ¥49.995, charged ¥50.00.
    private static (decimal Hours, decimal Rate) Labour(int i) => (0.25m + (i % 4 * 0.5m), 160m + (i % 3 * 20m));

    private static (decimal Quantity, decimal Price) Part(int i) => i == 7 ? (1.5m, 33.33m) : (1 + (i % 3), 12.34m * i);

    private static object EightyLines() => new
    {
        category = "Level1Maintenance",
        promisedCompletionAt = new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.FromHours(8)),
        labourLines = Enumerable.Range(1, 40).Select(i => new { description = $"底盘检查紧固 第{i}项 LAB{i:D2}", hours = Labour(i).Hours, rate = Labour(i).Rate }),
        partLines = Enumerable.Range(1, 40).Select(i => new { partNumber = $"06K1{i:D2}467K", name = $"发动机配件 第{i}件 PRT{i:D2}", quantity = Part(i).Quantity, unitPrice = Part(i).Price, grade = "Genuine" }),
    };

    private static (decimal Labour, decimal Parts) ExpectedTotals() => (
        Enumerable.Range(1, 40).Sum(i => decimal.Round(Labour(i).Hours * Labour(i).Rate, 2, MidpointRounding.AwayFromZero)),
        Enumerable.Range(1, 40).Sum(i => decimal.Round(Part(i).Quantity * Part(i).Price, 2, MidpointRounding.AwayFromZero)));

    private static List<string[]> ImageRows(byte[] pdf) => [.. PdfTools.Images(pdf).Split('\n').Skip(2).Where(l => l.Length > 0)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..5])];

    [GeneratedRegex(@"SHA-256 ([0-9a-f]{64})")]
    private static partial Regex PrintedHash();

    [GeneratedRegex(@"LAB\d{2}")]
    private static partial Regex LabourMarker();

    [GeneratedRegex(@"PRT\d{2}")]
    private static partial Regex PartMarker();
}
