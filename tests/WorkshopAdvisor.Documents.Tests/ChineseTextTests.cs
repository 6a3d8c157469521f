using System.Text.RegularExpressions;

namespace WorkshopAdvisor.Documents.Tests;

public partial class ChineseTextTests
{
    private readonly byte[] _pdf = new PdfRenderer().Render(TestDocuments.WorkOrder(rows: 3), TestDocuments.Shop);

    [PopplerFact]
    public void Render_WithChineseText_PrintsItSoThatItCanBeExtractedExactly()
    {
        var text = PdfTools.Text(_pdf);

        Assert.Contains("张伟", text, StringComparison.Ordinal);
        Assert.Contains("京A·12345", text, StringComparison.Ordinal);
        Assert.Contains("¥1,234.50", text, StringComparison.Ordinal);
        Assert.Contains("¥98,760.00", text, StringComparison.Ordinal);
        Assert.Contains("机动车维修托修单 Repair Work Order", text, StringComparison.Ordinal);
        Assert.Contains("鑫达汽车服务有限公司 Xinda Motors", text, StringComparison.Ordinal);
        Assert.Contains("RO-20261122-0007", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void Render_Always_EmbedsTheShippedFontAsASubset()
    {
        var fonts = PdfTools.Fonts(_pdf).Split('\n').Skip(2).Where(line => line.Length > 0).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(EmbeddedSubsetWithToUnicode(), line));
    }

    [PopplerFact]
    public void Render_Always_UsesA4Portrait()
    {
        Assert.StartsWith("595.28 x 841.89 pts (A4)", PdfTools.PageSize(_pdf), StringComparison.Ordinal);
    }

    // name "ABCDEF+Noto Sans SC…", CID TrueType, then the emb / sub / uni columns all "yes".
    [GeneratedRegex(@"^[A-Z]{6}\+Noto Sans SC.*CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s")]
    private static partial Regex EmbeddedSubsetWithToUnicode();
}
