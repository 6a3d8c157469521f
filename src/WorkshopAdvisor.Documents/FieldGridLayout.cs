namespace WorkshopAdvisor.Documents;

/// <summary>
/// Fields fill the grid row by row. Within a grid column the values line up behind the widest
/// label, and a long value wraps under itself, not under its label.
/// </summary>
internal static class FieldGridLayout
{
    private const double ColumnGap = 14;
    private const double LabelGap = 6;
    private const double MaxLabelShare = 0.42;

    public static void LayOut(FieldGrid grid, LayoutContext context, List<LayoutUnit> units)
    {
        if (grid.Columns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(grid), grid.Columns, "A field grid needs at least one column.");
        }

        var (measurer, type) = (context.Measurer, context.Type);
        var fields = grid.Fields.Where(VisibleBlocks.HasValue).ToList();
        var columns = grid.Columns;
        var cellWidth = (LayoutContext.Width - (ColumnGap * (columns - 1))) / columns;
        var labelWidths = Enumerable.Range(0, columns)
            .Select(c => Math.Min(
                cellWidth * MaxLabelShare,
                fields.Where((_, i) => i % columns == c).Select(f => measurer.Width(f.Label, type.Label)).DefaultIfEmpty(0).Max()))
            .ToArray();

        // Labels are smaller than values: move them down so that both sit on one baseline.
        var labelDrop = Typography.Baseline(type.Body) - Typography.Baseline(type.Label);
        var isFirstRow = true;
        foreach (var rowFields in fields.Chunk(columns))
        {
            var cells = new List<Cell>();
            for (var c = 0; c < rowFields.Length; c++)
            {
                var x = c * (cellWidth + ColumnGap);
                var valueX = x + labelWidths[c] + LabelGap;
                var valueWidth = cellWidth - labelWidths[c] - LabelGap;
                cells.Add(new Cell(x, labelWidths[c], measurer.Wrap(rowFields[c].Label, type.Label, labelWidths[c]), type.Label, type.Muted) { Top = labelDrop });
                cells.Add(new Cell(valueX, valueWidth, measurer.Wrap(rowFields[c].Value!, type.Body, valueWidth), type.Body, type.Ink));
            }

            foreach (var (height, shapes) in new CellRow(cells, 2, 2, measurer).Pieces(context.BodyHeight))
            {
                shapes.Add(new LineShape(type.Hairline, 0, height, LayoutContext.Width, height));
                units.Add(new LayoutUnit(height, shapes, SpaceBefore: isFirstRow ? LayoutContext.BlockGap : 0));
                isFirstRow = false;
            }
        }
    }
}
