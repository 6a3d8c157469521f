using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// A grid table: the header row repeats on every page the table continues on, rows are never split
/// (unless one alone is taller than a page), and the totals stay on the page of the last row.
/// </summary>
internal static class TableLayout
{
    private const double PadX = 3;
    private const double PadY = 2.5;

    public static void LayOut(Table table, LayoutContext context, List<LayoutUnit> units)
    {
        var (measurer, type) = (context.Measurer, context.Type);
        var edges = ColumnEdges(table.Columns);

        var (headerHeight, headerShapes) = Row(table.Columns.Select(c => c.Header).ToList(), table.Columns, edges, type.TableHeader, context).Pieces(context.BodyHeight).First();
        headerShapes.Insert(0, new RectShape(null, type.HeaderFill, new XRect(0, 0, LayoutContext.Width, headerHeight)));
        headerShapes.Add(new LineShape(type.Grid, 0, 0, LayoutContext.Width, 0));
        AddGrid(headerShapes, edges, headerHeight, type.Grid);
        var header = new LayoutUnit(headerHeight, headerShapes, SpaceBefore: LayoutContext.BlockGap) { KeepWithNext = true };
        units.Add(header);

        var hasTotals = table.Totals is { Count: > 0 };
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r];
            if (cells.Count > table.Columns.Count)
            {
                throw new ArgumentException($"Table row {r} has {cells.Count} cells but the table has {table.Columns.Count} columns.", nameof(table));
            }

            var pieces = Row(cells, table.Columns, edges, type.TableBody, context).Pieces(context.BodyHeight - headerHeight).ToList();
            for (var p = 0; p < pieces.Count; p++)
            {
                var (height, shapes) = pieces[p];
                AddGrid(shapes, edges, height, type.Grid);
                units.Add(new LayoutUnit(height, shapes)
                {
                    RepeatOnNewPage = header,
                    KeepWithNext = hasTotals && r == table.Rows.Count - 1 && p == pieces.Count - 1,
                });
            }
        }

        if (hasTotals)
        {
            TotalsLayout.LayOut(table.Totals!, edges[^1] - edges[^2], context, units);
        }
    }

    private static double[] ColumnEdges(IReadOnlyList<Column> columns)
    {
        if (columns.Count == 0 || columns.Any(c => !double.IsFinite(c.Width) || c.Width <= 0))
        {
            throw new ArgumentException("A table needs at least one column, and every column a positive width.", nameof(columns));
        }

        var total = columns.Sum(c => c.Width);
        var edges = new double[columns.Count + 1];
        for (var i = 0; i < columns.Count; i++)
        {
            edges[i + 1] = edges[i] + (LayoutContext.Width * columns[i].Width / total);
        }

        edges[^1] = LayoutContext.Width;
        return edges;
    }

    private static CellRow Row(IReadOnlyList<string> texts, IReadOnlyList<Column> columns, double[] edges, XFont font, LayoutContext context)
    {
        var cells = new List<Cell>();
        for (var c = 0; c < columns.Count; c++)
        {
            var width = edges[c + 1] - edges[c] - (2 * PadX);
            var text = c < texts.Count ? texts[c] ?? string.Empty : string.Empty;
            cells.Add(new Cell(edges[c] + PadX, width, context.Measurer.Wrap(text, font, width), font, context.Type.Ink, columns[c].Align));
        }

        return new CellRow(cells, PadY, PadY, context.Measurer);
    }

    // Each row draws its sides and bottom; the top line comes from the row above or the header.
    private static void AddGrid(List<Shape> shapes, double[] edges, double height, XPen pen)
    {
        foreach (var x in edges)
        {
            shapes.Add(new LineShape(pen, x, 0, x, height));
        }

        shapes.Add(new LineShape(pen, 0, height, LayoutContext.Width, height));
    }
}
