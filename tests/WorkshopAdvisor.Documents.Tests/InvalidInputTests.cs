namespace WorkshopAdvisor.Documents.Tests;

public class InvalidInputTests
{
    private static byte[] Render(params DocumentBlock[] blocks) =>
        new PdfRenderer().Render(new PrintDocument("Invalid", null, blocks), TestDocuments.Shop);

    [Fact]
    public void Render_WhenARowHasMoreCellsThanColumns_Refuses()
    {
        var table = new Table([new Column("A", 1)], [["1", "2"]]);

        Assert.Throws<ArgumentException>(() => Render(table));
    }

    [Fact]
    public void Render_WhenAColumnHasNoWidth_Refuses()
    {
        var table = new Table([new Column("A", 0)], [["1"]]);

        Assert.Throws<ArgumentException>(() => Render(table));
    }

    [Fact]
    public void Render_WhenAFieldGridHasNoColumns_Refuses()
    {
        var grid = new FieldGrid([new Field("A", "1")], Columns: 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => Render(grid));
    }

    [Fact]
    public void Render_WhenARowHasFewerCellsThanColumns_PrintsTheRestBlank()
    {
        var table = new Table([new Column("A", 1), new Column("B", 1)], [["only"]]);

        Assert.NotEmpty(Render(table));
    }
}
