namespace WorkshopAdvisor.Documents.Tests;

public class EmptyBlocksTests
{
    private static readonly DocumentBlock[] Blocks =
    [
        new SectionHeading("EMPTYSECTION"),
        new Table([new Column("EMPTYTABLE", 1)], [], []),
        new FieldGrid([new Field("EMPTYLABEL", null), new Field("BLANKLABEL", "  ")]),
        new Paragraph(string.Empty),
        new SignatureBlock([]),
        new SectionHeading("KEPTSECTION"),
        new FieldGrid([new Field("HIDDENLABEL", null), new Field("SHOWNLABEL", "SHOWNVALUE")]),
        new Paragraph("   "),
        new SectionHeading("TRAILINGSECTION"),
    ];

    [Fact]
    public void Of_WhenBlocksWouldPrintNothing_LeavesThemAndTheirHeadingsOut()
    {
        var visible = VisibleBlocks.Of(Blocks);

        Assert.Equal([Blocks[5], Blocks[6]], visible);
    }

    [PopplerFact]
    public void Render_WhenBlocksAreEmpty_PrintsNeitherThemNorTheirHeadings()
    {
        var pdf = new PdfRenderer().Render(new PrintDocument("Empty blocks", null, Blocks), TestDocuments.Shop);

        var text = PdfTools.Text(pdf);

        Assert.Contains("KEPTSECTION", text, StringComparison.Ordinal);
        Assert.Contains("SHOWNLABEL", text, StringComparison.Ordinal);
        Assert.Contains("SHOWNVALUE", text, StringComparison.Ordinal);
        foreach (var left in new[] { "EMPTYSECTION", "EMPTYTABLE", "EMPTYLABEL", "BLANKLABEL", "HIDDENLABEL", "TRAILINGSECTION" })
        {
            Assert.DoesNotContain(left, text, StringComparison.Ordinal);
        }
    }

    [PopplerFact]
    public void Render_WhenNoBlockIsLeft_PrintsOnePageWithLetterheadAndFooter()
    {
        var pdf = new PdfRenderer().Render(new PrintDocument("Nothing", "REF-1", [new Paragraph("")]), TestDocuments.Shop);

        Assert.Equal(1, PdfTools.PageCount(pdf));
        var text = PdfTools.Text(pdf);
        Assert.Contains("Xinda Motors", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public void Render_WhenLetterheadPartsAreMissing_PrintsOnlyThoseGiven()
    {
        var pdf = new PdfRenderer().Render(new PrintDocument("Doc", null, []), new Letterhead("ONLYNAME", null, " ", "LIC-42"));

        var text = PdfTools.Text(pdf);

        Assert.Contains("ONLYNAME", text, StringComparison.Ordinal);
        Assert.Contains("LIC-42", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tel", text, StringComparison.Ordinal);
    }
}
