using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

// What a layout puts on paper, positioned relative to the top-left corner of its unit. Layout
// decides every position up front, so drawing is a plain loop and the same unit can be drawn on
// the pages of every copy.

internal abstract record Shape;

internal sealed record TextShape(string Text, XFont Font, XBrush Brush, double X, double Baseline) : Shape;

internal sealed record LineShape(XPen Pen, double X1, double Y1, double X2, double Y2) : Shape;

internal sealed record RectShape(XPen? Pen, XBrush? Brush, XRect Rect) : Shape;

internal sealed record ImageShape(XImage Image, XRect Rect) : Shape;

/// <summary>A piece of the page body that is never split across pages.</summary>
/// <param name="SpaceBefore">Gap above the unit, dropped at the top of a page.</param>
internal sealed record LayoutUnit(double Height, IReadOnlyList<Shape> Shapes, double SpaceBefore = 0)
{
    /// <summary>The unit moves to the next page with the one after it, rather than end a page alone.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Printed first when a page break falls just before this unit (a table's header row).</summary>
    public LayoutUnit? RepeatOnNewPage { get; init; }
}
