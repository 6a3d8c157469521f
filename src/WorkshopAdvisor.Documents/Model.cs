namespace WorkshopAdvisor.Documents;

// A neutral description of a printed form. The domain builds one of these; the renderer decides
// how it looks. Nothing here knows what a repair order is.

/// <summary>Printed at the top of every page.</summary>
public sealed record Letterhead(string ShopName, string? Address, string? Phone, string? LicenceNumber);

/// <param name="Title">Printed under the letterhead on every page, e.g. "机动车维修托修单 Repair Work Order".</param>
/// <param name="Reference">Printed in the header of every page, e.g. "RO-20261122-0007".</param>
/// <param name="Copies">
/// One label per printed copy, e.g. "客户联 Customer copy". The body is rendered once per copy, the
/// label is printed on each of its pages and page numbering restarts for each copy. Null or empty
/// prints a single copy without a label.
/// </param>
public sealed record PrintDocument(
    string Title,
    string? Reference,
    IReadOnlyList<DocumentBlock> Blocks,
    IReadOnlyList<string>? Copies = null);

public abstract record DocumentBlock;

/// <summary>Never left alone at the bottom of a page: it moves with the start of the next block.</summary>
public sealed record SectionHeading(string Text) : DocumentBlock;

/// <summary>Label/value pairs in columns; fields without a value are left out.</summary>
public sealed record FieldGrid(IReadOnlyList<Field> Fields, int Columns = 2) : DocumentBlock;

public sealed record Field(string Label, string? Value);

/// <summary>Wraps and may flow across pages. Small prints in the size used for terms and notes.</summary>
public sealed record Paragraph(string Text, bool Small = false) : DocumentBlock;

/// <summary>
/// Rows never split across pages and the header row repeats on every page the table continues on.
/// A row may have fewer cells than there are columns (the rest print blank), never more.
/// </summary>
public sealed record Table(
    IReadOnlyList<Column> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<TotalRow>? Totals = null) : DocumentBlock;

/// <param name="Width">Relative weight: the columns share the page width in proportion to it.</param>
public sealed record Column(string Header, double Width, Align Align = Align.Left);

public enum Align
{
    Left,
    Right,
    Center,
}

/// <summary>Printed right-aligned under its table.</summary>
public sealed record TotalRow(string Label, string Value, bool Emphasis = false);

/// <summary>
/// Blocks printed on one page, such as the totals of a bill: when they do not fit in what is left of a
/// page, they all move to the next. A group taller than a whole page flows like its blocks alone would.
/// </summary>
public sealed record KeepTogether(IReadOnlyList<DocumentBlock> Blocks) : DocumentBlock;

public sealed record SignatureBlock(IReadOnlyList<SignatureSlot> Slots) : DocumentBlock;

/// <summary>A slot without an image prints a blank line to sign on paper.</summary>
/// <param name="PngImage">The captured signature; transparency is kept.</param>
/// <param name="StampArea">Prints a framed square, named by the label, for the shop's seal (公章) instead of a line to sign on.</param>
public sealed record SignatureSlot(string Label, string? SignerName, string? SignedAt, byte[]? PngImage, bool StampArea = false);
