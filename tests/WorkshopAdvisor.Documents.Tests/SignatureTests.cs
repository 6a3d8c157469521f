namespace WorkshopAdvisor.Documents.Tests;

public class SignatureTests
{
    [PopplerFact]
    public void Render_WithATransparentPngSignature_EmbedsTheImageWithItsTransparency()
    {
        var signatures = new SignatureBlock([new SignatureSlot("客户签字 Customer", "张伟", "2026-11-22 09:20", TestPng.TransparentSignature())]);

        var pdf = new PdfRenderer().Render(new PrintDocument("Signed", null, [signatures]), TestDocuments.Shop);

        var images = PdfTools.Images(pdf).Split('\n').Skip(2).Where(line => line.Length > 0).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Contains(images, columns => columns[2] == "image" && columns[3] == "240" && columns[4] == "80");
        Assert.Contains(images, columns => columns[2] == "smask"); // the alpha channel, kept as a soft mask
        var text = PdfTools.Text(pdf);
        Assert.Contains("张伟", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-22 09:20", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void Render_WithEmptySlots_PrintsNoImageButLeavesTheLabelsToSignUnder()
    {
        var signatures = new SignatureBlock([new SignatureSlot("质检员 Inspector", null, null, null), new SignatureSlot("服务顾问 Advisor", "李娜", null, null)]);

        var pdf = new PdfRenderer().Render(new PrintDocument("Unsigned", null, [signatures]), TestDocuments.Shop);

        Assert.Equal(2, PdfTools.Images(pdf).Split('\n').Count(line => line.Length > 0));
        var text = PdfTools.Text(pdf);
        Assert.Contains("质检员 Inspector", text, StringComparison.Ordinal);
        Assert.Contains("李娜", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void Render_WhenSignaturesDoNotFitOnThePage_TakeTheLineAboveThemAlong()
    {
        // However much comes before, the page with the signatures also shows the line they sign under.
        var brokeOntoNewPage = false;
        for (var fillers = 28; fillers <= 52; fillers++)
        {
            var blocks = Enumerable.Range(1, fillers).Select(i => (DocumentBlock)new Paragraph($"条款 Clause {i}"))
                .Append(new Paragraph("SIGNED-CONTENT-LINE"))
                .Append(new SignatureBlock([new SignatureSlot("客户签字 Customer", "张伟", null, null)]))
                .ToList();

            var pdf = new PdfRenderer().Render(new PrintDocument("Signed", null, blocks), TestDocuments.Shop);

            var pages = PdfTools.PageCount(pdf);
            var signaturePage = PdfTools.Text(pdf, pages);
            Assert.Contains("客户签字 Customer", signaturePage, StringComparison.Ordinal);
            Assert.Contains("SIGNED-CONTENT-LINE", signaturePage, StringComparison.Ordinal);
            brokeOntoNewPage |= pages > 1 && !PdfTools.Text(pdf, pages - 1).Contains("SIGNED-CONTENT-LINE", StringComparison.Ordinal);
        }

        Assert.True(brokeOntoNewPage, "no filler count pushed the signatures onto a second page: the test proves nothing");
    }

    [Fact]
    public void Render_WhenASignatureIsNotAnImage_RefusesNamingTheSlot()
    {
        var signatures = new SignatureBlock([new SignatureSlot("客户签字 Customer", null, null, [1, 2, 3, 4])]);

        var error = Assert.Throws<ArgumentException>(() => new PdfRenderer().Render(new PrintDocument("Bad", null, [signatures]), TestDocuments.Shop));

        Assert.Contains("客户签字 Customer", error.Message, StringComparison.Ordinal);
    }
}
