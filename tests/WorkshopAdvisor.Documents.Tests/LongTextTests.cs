using System.Globalization;

namespace WorkshopAdvisor.Documents.Tests;

public class LongTextTests
{
    private const double PageWidth = 595.28;
    private const double Margin = 40;

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [PopplerFact]
    public void Render_WhenACellHoldsA300CharacterDescription_WrapsItInsideThePage()
    {
        var description = string.Concat(Enumerable.Repeat("前制动片更换含制动盘打磨 Replace front brake pads and resurface discs, ", 4))
            + new string('Z', 120) + " 路试确认无异响。";
        Assert.True(description.Length >= 300, $"only {description.Length} characters");
        var table = TestDocuments.Lines(1) with { Rows = [["1", description, "1", "¥1,234.50"]] };
        var pdf = new PdfRenderer().Render(new PrintDocument("Wrap", null, [table]), TestDocuments.Shop);

        Assert.Contains(WithoutWhitespace(description), WithoutWhitespace(PdfTools.Text(pdf, raw: true)), StringComparison.Ordinal);
        var words = PdfTools.Words(pdf, 1);
        Assert.All(words, word => Assert.True(word.XMax <= PageWidth - Margin + 0.5, $"'{word.Text}' ends at {word.XMax}"));
        var descriptionWords = words.Where(w => w.Text.Contains("brake", StringComparison.Ordinal) || w.Text.StartsWith('Z')).ToList();
        var columnRight = Margin + ((PageWidth - (2 * Margin)) * (0.6 + 5) / (0.6 + 5 + 1 + 1.6));
        Assert.All(descriptionWords, word => Assert.True(word.XMax <= columnRight, $"'{word.Text}' runs out of its column to {word.XMax}"));
        var lines = descriptionWords.Select(w => w.YMin).Distinct().Count();
        Assert.True(lines >= 5, $"the description should wrap onto several lines, found {lines}");
    }

    [PopplerFact]
    public void Render_WhenOneRowIsTallerThanAPage_SplitsItWithoutLosingText()
    {
        var words = Enumerable.Range(1, 900).Select(i => string.Create(CultureInfo.InvariantCulture, $"W{i:D4}")).ToList();
        var table = TestDocuments.Lines(1) with { Rows = [["1", string.Join(' ', words), "1", "¥1.00"]] };
        var pdf = new PdfRenderer().Render(new PrintDocument("Tall row", null, [table]), TestDocuments.Shop);

        var text = PdfTools.Text(pdf);

        Assert.True(PdfTools.PageCount(pdf) >= 2);
        Assert.All(words, word => Assert.Equal(1, Occurrences(text, word)));
    }

    [PopplerFact]
    public void Render_WhenAParagraphIsLongerThanAPage_FlowsOnToTheNextPageInOrder()
    {
        var markers = Enumerable.Range(1, 120).Select(i => string.Create(CultureInfo.InvariantCulture, $"S{i:D3}E")).ToList();
        var paragraph = new Paragraph(string.Join(' ', markers.Select(m => $"车辆交付后，客户应当按照保养手册定期保养。Clause {m} applies from handover.")));
        var pdf = new PdfRenderer().Render(new PrintDocument("Terms", null, [paragraph]), TestDocuments.Shop);

        var pages = PdfTools.PageCount(pdf);
        var text = PdfTools.Text(pdf);

        Assert.True(pages >= 2, $"expected the paragraph to need several pages, got {pages}");
        Assert.Equal(markers, markers.OrderBy(m => text.IndexOf(m, StringComparison.Ordinal)));
        Assert.All(markers, m => Assert.Equal(1, Occurrences(text, m)));
        Assert.Contains(markers[^1], PdfTools.Text(pdf, pages), StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string word) => text.Split(word).Length - 1;
}
