namespace WorkshopAdvisor.Documents;

internal static class HeadingLayout
{
    public static void LayOut(SectionHeading heading, LayoutContext context, List<LayoutUnit> units)
    {
        var (measurer, type) = (context.Measurer, context.Type);
        var shapes = new List<Shape>();
        var y = TextLines.Add(shapes, measurer, heading.Text, type.Heading, type.Ink, 0, LayoutContext.Width, 0);
        y += 1.5;
        shapes.Add(new LineShape(type.Rule, 0, y, LayoutContext.Width, y));
        units.Add(new LayoutUnit(y + 1, shapes, SpaceBefore: 12) { KeepWithNext = true });
    }
}
