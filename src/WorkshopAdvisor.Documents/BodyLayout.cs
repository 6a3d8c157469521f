namespace WorkshopAdvisor.Documents;

/// <summary>Turns the document's blocks into units for the paginator.</summary>
internal static class BodyLayout
{
    private const double GapUnderHeading = 4;

    public static List<LayoutUnit> LayOut(IReadOnlyList<DocumentBlock> blocks, LayoutContext context)
    {
        var units = new List<LayoutUnit>();
        LayOut(blocks, context, units);
        return units;
    }

    private static void LayOut(IReadOnlyList<DocumentBlock> blocks, LayoutContext context, List<LayoutUnit> units)
    {
        DocumentBlock? previous = null;
        foreach (var block in VisibleBlocks.Of(blocks))
        {
            var first = units.Count;
            switch (block)
            {
                case SectionHeading heading:
                    HeadingLayout.LayOut(heading, context, units);
                    break;
                case FieldGrid grid:
                    FieldGridLayout.LayOut(grid, context, units);
                    break;
                case Paragraph paragraph:
                    ParagraphLayout.LayOut(paragraph, context, units);
                    break;
                case Table table:
                    TableLayout.LayOut(table, context, units);
                    break;
                case KeepTogether group:
                    LayOut(group.Blocks, context, units);
                    KeepOnOnePage(units, first, context.BodyHeight);
                    break;
                case SignatureBlock signatures:
                    // Signatures never start a page alone, apart from what they sign: the last line before them goes along.
                    if (first > 0)
                    {
                        units[first - 1] = units[first - 1] with { KeepWithNext = true };
                    }

                    SignatureLayout.LayOut(signatures, context, units);
                    break;
            }

            if (previous is SectionHeading)
            {
                units[first] = units[first] with { SpaceBefore = GapUnderHeading };
            }

            previous = block;
        }
    }

    // Chained unit to unit, a group moves to the next page whole. One taller than a page is left to
    // flow: moved, it would still not fit.
    private static void KeepOnOnePage(List<LayoutUnit> units, int first, double bodyHeight)
    {
        var height = units[first].Height + units.Skip(first + 1).Sum(unit => unit.SpaceBefore + unit.Height);
        if (height > bodyHeight)
        {
            return;
        }

        for (var i = first; i < units.Count - 1; i++)
        {
            if (!units[i].KeepWithNext)
            {
                units[i] = units[i] with { KeepWithNext = true };
            }
        }
    }
}
