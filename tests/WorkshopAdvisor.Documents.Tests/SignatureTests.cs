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

    [Fact]
    public void Render_WhenASignatureIsNotAnImage_RefusesNamingTheSlot()
    {
        var signatures = new SignatureBlock([new SignatureSlot("客户签字 Customer", null, null, [1, 2, 3, 4])]);

        var error = Assert.Throws<ArgumentException>(() => new PdfRenderer().Render(new PrintDocument("Bad", null, [signatures]), TestDocuments.Shop));

        Assert.Contains("客户签字 Customer", error.Message, StringComparison.Ordinal);
    }
}
