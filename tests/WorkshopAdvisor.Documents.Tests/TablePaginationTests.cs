using System.Text.RegularExpressions;

namespace WorkshopAdvisor.Documents.Tests;

public partial class TablePaginationTests
{
    private const int Rows = 80;

    private static readonly string[] Copies = ["客户联 Customer copy", "存根联 Shop copy"];

    private static readonly Lazy<byte[]> OneCopy = new(() => new PdfRenderer().Render(TestDocuments.WorkOrder(Rows), TestDocuments.Shop));

    private static readonly Lazy<byte[]> TwoCopies = new(() => new PdfRenderer().Render(TestDocuments.WorkOrder(Rows, Copies), TestDocuments.Shop));

    [PopplerFact]
    public void Render_WhenATableSpansPages_RepeatsItsHeaderOnEveryPage()
    {
        var pages = PdfTools.PageCount(OneCopy.Value);

        Assert.True(pages >= 3, $"{Rows} rows should need several pages, got {pages}");
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains(TestDocuments.DescriptionHeader, PdfTools.Text(OneCopy.Value, page), StringComparison.Ordinal);
        }
    }

    [PopplerFact]
    public void Render_WhenATableSpansPages_NumbersEveryPageOutOfTheTotal()
    {
        var pages = PdfTools.PageCount(OneCopy.Value);

        for (var page = 1; page <= pages; page++)
        {
            var text = PdfTools.Text(OneCopy.Value, page);
            Assert.Contains($"Page {page} of {pages}", text, StringComparison.Ordinal);
            Assert.Matches($@"第\s*{page}\s*页\s*/\s*共\s*{pages}\s*页", text);
        }
    }

    [PopplerFact]
    public void Render_WithTwoCopies_PrintsEveryRowExactlyOncePerCopy()
    {
        var pagesPerCopy = PdfTools.PageCount(TwoCopies.Value) / 2;

        foreach (var copy in new[] { 0, 1 })
        {
            var text = string.Concat(Enumerable.Range((copy * pagesPerCopy) + 1, pagesPerCopy).Select(page => PdfTools.Text(TwoCopies.Value, page)));
            var markers = RowMarkers().Matches(text).Select(m => m.Value).ToList();
            Assert.Equal(Enumerable.Range(1, Rows).Select(TestDocuments.RowMarker), markers.Order());
        }
    }

    [PopplerFact]
    public void Render_WithTwoCopies_RestartsPageNumbersAndLabelsEachPageWithItsCopy()
    {
        var total = PdfTools.PageCount(TwoCopies.Value);
        var perCopy = PdfTools.PageCount(OneCopy.Value);

        Assert.Equal(2 * perCopy, total);
        for (var page = 1; page <= total; page++)
        {
            var text = PdfTools.Text(TwoCopies.Value, page);
            var (label, otherLabel) = page <= perCopy ? (Copies[0], Copies[1]) : (Copies[1], Copies[0]);
            var number = page <= perCopy ? page : page - perCopy;
            Assert.Contains(label, text, StringComparison.Ordinal);
            Assert.DoesNotContain(otherLabel, text, StringComparison.Ordinal);
            Assert.Contains($"Page {number} of {perCopy}", text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"ROW\d{3}X")]
    private static partial Regex RowMarkers();
}
