namespace WorkshopAdvisor.Documents;

/// <summary>
/// Totals under a table, right-aligned: the amounts line up with the table's last column (where
/// amounts are), the labels end just before them.
/// </summary>
internal static class TotalsLayout
{
    private const double PadX = 3;
    private const double LabelGap = 12;

    public static void LayOut(IReadOnlyList<TotalRow> totals, double lastColumnWidth, LayoutContext context, List<LayoutUnit> units)
    {
        var (measurer, type) = (context.Measurer, context.Type);
        var valueWidth = Math.Max(
            lastColumnWidth - (2 * PadX),
            totals.Max(t => measurer.Width(t.Value, t.Emphasis ? type.TotalEmphasis : type.Total)));
        var valueX = LayoutContext.Width - PadX - valueWidth;
        var labelWidth = Math.Min(LayoutContext.Width * 0.6, valueX - LabelGap);
        var labelX = valueX - LabelGap - labelWidth;

        var firstUnit = units.Count;
        foreach (var total in totals)
        {
            var font = total.Emphasis ? type.TotalEmphasis : type.Total;
            var cells = new List<Cell>
            {
                new(labelX, labelWidth, measurer.Wrap(total.Label, font, labelWidth), font, total.Emphasis ? type.Ink : type.Muted, Align.Right),
                new(valueX, valueWidth, measurer.Wrap(total.Value, font, valueWidth), font, type.Ink, Align.Right),
            };
            var pieces = new CellRow(cells, total.Emphasis ? 3 : 1.5, 1.5, measurer).Pieces(context.BodyHeight).ToList();
            if (total.Emphasis)
            {
                var ruleLeft = valueX - LabelGap - cells[0].Lines.Max(l => measurer.Width(l, font));
                pieces[0].Shapes.Add(new LineShape(type.Rule, ruleLeft, 1, LayoutContext.Width, 1));
            }

            foreach (var (height, shapes) in pieces)
            {
                units.Add(new LayoutUnit(height, shapes, SpaceBefore: units.Count == firstUnit ? 3 : 0));
            }
        }

        // The totals stay together on one page.
        for (var i = firstUnit; i < units.Count - 1; i++)
        {
            units[i] = units[i] with { KeepWithNext = true };
        }
    }
}
