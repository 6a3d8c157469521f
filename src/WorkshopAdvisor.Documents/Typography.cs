using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WorkshopAdvisor.Documents;

/// <summary>Fonts, colours and rules of the printed forms: one place to change the look.</summary>
internal sealed class Typography
{
    // Any name works (the resolver serves Noto Sans SC for all); this one says what is printed.
    private const string Family = "Noto Sans SC";

    public XFont ShopName { get; } = Font(13, bold: true);
    public XFont LetterheadDetail { get; } = Font(7.5);
    public XFont Title { get; } = Font(15, bold: true);
    public XFont Reference { get; } = Font(10, bold: true);
    public XFont CopyLabel { get; } = Font(8.5, bold: true);
    public XFont Footer { get; } = Font(7.5);
    public XFont Heading { get; } = Font(10, bold: true);
    public XFont Body { get; } = Font(9);
    public XFont Small { get; } = Font(7.5);
    public XFont Label { get; } = Font(8);
    public XFont TableHeader { get; } = Font(8.5, bold: true);
    public XFont TableBody { get; } = Font(8.5);
    public XFont Total { get; } = Font(9);
    public XFont TotalEmphasis { get; } = Font(10.5, bold: true);
    public XFont SignatureLabel { get; } = Font(8.5, bold: true);

    public XBrush Ink { get; } = XBrushes.Black;
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
    public XBrush Faint { get; } = new XSolidBrush(XColor.FromArgb(0x99, 0x99, 0x99));
    public XBrush HeaderFill { get; } = new XSolidBrush(XColor.FromArgb(0xEE, 0xEE, 0xEE));

    public XPen Rule { get; } = new(XColor.FromArgb(0x33, 0x33, 0x33), 0.8);
    public XPen Grid { get; } = new(XColor.FromArgb(0xB0, 0xB0, 0xB0), 0.5);
    public XPen Hairline { get; } = new(XColor.FromArgb(0xD8, 0xD8, 0xD8), 0.4);
    public XPen SignLine { get; } = new(XColor.FromArgb(0x44, 0x44, 0x44), 0.6);
    public XPen StampFrame { get; } = new(XColor.FromArgb(0x55, 0x55, 0x55), 0.8) { DashStyle = XDashStyle.Dash };

    /// <summary>Distance between baselines; generous enough for CJK glyphs, which fill the em square.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.32;

    /// <summary>Baseline below the top of a line box.</summary>
    public static double Baseline(XFont font) => font.Size * 1.04;

    private static XFont Font(double size, bool bold = false) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
