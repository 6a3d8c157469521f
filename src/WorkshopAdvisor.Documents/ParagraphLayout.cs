namespace WorkshopAdvisor.Documents;

/// <summary>One unit per line, so a long text flows on to the next page.</summary>
internal static class ParagraphLayout
{
    public static void LayOut(Paragraph paragraph, LayoutContext context, List<LayoutUnit> units)
    {
        var type = context.Type;
        var (font, brush) = paragraph.Small ? (type.Small, type.Muted) : (type.Body, type.Ink);
        var lines = context.Measurer.Wrap(paragraph.Text, font, LayoutContext.Width);
        var lineHeight = Typography.LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
        {
            units.Add(new LayoutUnit(
                lineHeight,
                [new TextShape(lines[i], font, brush, 0, Typography.Baseline(font))],
                SpaceBefore: i == 0 ? LayoutContext.BlockGap : 0)
            {
                // No single line of a paragraph left alone at the bottom or top of a page.
                KeepWithNext = i < lines.Count - 1 && (i == 0 || i == lines.Count - 2),
            });
        }
    }
}
