namespace WorkshopAdvisor.Documents;

/// <summary>
/// Leaves out blocks that would print nothing, and headings with nothing under them, so that a form
/// never shows an empty table or a title over blank space.
/// </summary>
internal static class VisibleBlocks
{
    public static List<DocumentBlock> Of(IReadOnlyList<DocumentBlock> blocks)
    {
        var visible = blocks.Where(HasContent).ToList();
        return visible
            .Where((block, i) => block is not SectionHeading || (i + 1 < visible.Count && visible[i + 1] is not SectionHeading))
            .ToList();
    }

    public static bool HasValue(Field field) => !string.IsNullOrWhiteSpace(field.Value);

    private static bool HasContent(DocumentBlock block) => block switch
    {
        SectionHeading heading => !string.IsNullOrWhiteSpace(heading.Text),
        FieldGrid grid => grid.Fields.Any(HasValue),
        Paragraph paragraph => !string.IsNullOrWhiteSpace(paragraph.Text),
        Table table => table.Rows.Count > 0 || table.Totals is { Count: > 0 },
        SignatureBlock signatures => signatures.Slots.Count > 0,
        KeepTogether group => Of(group.Blocks).Count > 0,
        null => throw new ArgumentException("A document block is null.", nameof(block)),
        _ => throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block)),
    };
}
