using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

/// <summary>Text wrapped inside a box of a row: a table cell, or a label or value of a field grid.</summary>
/// <param name="X">Left edge of the text box (padding already taken off).</param>
internal sealed record Cell(double X, double Width, IReadOnlyList<string> Lines, XFont Font, XBrush Brush, Align Align = Align.Left)
{
    /// <summary>Moves the text down, to share a baseline with a larger font beside it.</summary>
    public double Top { get; init; }

    public double LineHeight => Typography.LineHeight(Font);
}

/// <summary>
/// Side-by-side cells that share a height. A row is kept whole; only a row taller than a page is
/// cut between lines, because losing text is worse than splitting it.
/// </summary>
internal sealed class CellRow(IReadOnlyList<Cell> cells, double paddingTop, double paddingBottom, TextMeasurer measurer)
{
    /// <summary>The row as one or more pieces, each at most <paramref name="maxHeight"/> tall where lines allow.</summary>
    public IEnumerable<(double Height, List<Shape> Shapes)> Pieces(double maxHeight)
    {
        var printed = new int[cells.Count];
        do
        {
            var shapes = new List<Shape>();
            var textHeight = 0.0;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var lineHeight = cell.LineHeight;
                var fits = Math.Max(1, (int)((maxHeight - paddingTop - paddingBottom - cell.Top) / lineHeight));
                var take = Math.Min(fits, cell.Lines.Count - printed[c]);
                for (var l = 0; l < take; l++)
                {
                    var text = cell.Lines[printed[c] + l];
                    var baseline = paddingTop + cell.Top + (l * lineHeight) + Typography.Baseline(cell.Font);
                    shapes.Add(new TextShape(text, cell.Font, cell.Brush, AlignedX(cell, text), baseline));
                }

                printed[c] += take;
                textHeight = Math.Max(textHeight, take == 0 ? 0 : cell.Top + (take * lineHeight));
            }

            yield return (paddingTop + textHeight + paddingBottom, shapes);
        }
        while (printed.Where((count, c) => count < cells[c].Lines.Count).Any());
    }

    private double AlignedX(Cell cell, string text) => cell.Align switch
    {
        Align.Right => cell.X + cell.Width - measurer.Width(text, cell.Font),
        Align.Center => cell.X + ((cell.Width - measurer.Width(text, cell.Font)) / 2),
        _ => cell.X,
    };
}
