namespace WorkshopAdvisor.Documents;

/// <summary>Turns the document's blocks into units for the paginator.</summary>
internal static class BodyLayout
{
    private const double GapUnderHeading = 4;

    public static List<LayoutUnit> LayOut(IReadOnlyList<DocumentBlock> blocks, LayoutContext context)
    {
        var units = new List<LayoutUnit>();
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

        return units;
    }
}
