namespace WorkshopAdvisor.Documents.Tests;

public class KeepTogetherTests
{
    private static readonly string[] Markers = ["CHARGESHEADING", "LABOURROW", "PARTSROW", "TOTALROW"];

    // The totals block of a work order: its heading, one row per kind of charge, the total.
    private static KeepTogether Charges() => new(
    [
        new SectionHeading("费用合计 Charges CHARGESHEADING"),
        new Table(
            [new Column("项目 Item", 6), new Column("金额 Amount", 1.4, Align.Right)],
            [["工时费 Labour LABOURROW", "¥450.00"], ["材料费 Parts PARTSROW", "¥685.50"]],
            [new TotalRow("合计 Total TOTALROW", "¥1,135.50", Emphasis: true)]),
    ]);

    [PopplerFact]
    public void Render_WhenAPageWouldEndInsideAKeepTogether_PrintsTheWholeGroupOnTheNextPage()
    {
        // One more line above it each time moves the group down by a line, so that the end of page 1 falls
        // above it, between each two of its parts, and below it.
        var pagesOfTheGroup = new HashSet<int>();
        for (var linesAbove = 28; linesAbove <= 46; linesAbove++)
        {
            var document = new PrintDocument("Totals", "RO-1", [TestDocuments.Lines(linesAbove) with { Totals = null }, Charges()]);
            var pages = PdfTools.Text(new PdfRenderer().Render(document, TestDocuments.Shop)).Split('\f');

            var pageOfEach = Markers.Select(marker => Array.FindIndex(pages, page => page.Contains(marker, StringComparison.Ordinal)) + 1).ToList();
            Assert.True(pageOfEach.Distinct().Count() == 1, $"{linesAbove} lines above: heading, labour, parts and total on pages {string.Join(", ", pageOfEach)}");
            pagesOfTheGroup.Add(pageOfEach[0]);
        }

        Assert.Equal([1, 2], pagesOfTheGroup.Order());
    }

    [PopplerFact]
    public void Render_WhenAKeepTogetherIsTallerThanAPage_FlowsOverPagesWithoutGaps()
    {
        var document = new PrintDocument("Long", "RO-1", [new KeepTogether([new SectionHeading("LONGHEADING"), TestDocuments.Lines(80)])]);

        var pdf = new PdfRenderer().Render(document, TestDocuments.Shop);

        var firstPage = PdfTools.Text(pdf, 1);
        Assert.Contains("LONGHEADING", firstPage, StringComparison.Ordinal);
        Assert.Contains(TestDocuments.RowMarker(30), firstPage, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_WhenAKeepTogetherHoldsNothingToPrint_LeavesItOut()
    {
        DocumentBlock[] blocks = [new KeepTogether([new SectionHeading("ALONE"), new Paragraph(" ")]), new Paragraph("TEXT")];

        Assert.Equal([blocks[1]], VisibleBlocks.Of(blocks));
    }
}
