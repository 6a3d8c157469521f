using System.Globalization;
using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// The A4 page and what is printed on every page of it: letterhead, title, reference and copy label
/// on top, page numbers at the bottom. The header is as tall as it needs to be for the longest copy
/// label, so the body area is the same on every page of every copy.
/// </summary>
internal sealed class PageFrame
{
    public const double PageWidth = 595.28; // A4, in points
    public const double PageHeight = 841.89;
    public const double Left = 40;
    public const double ContentWidth = PageWidth - (2 * Left);
    private const double Top = 30;
    private const double Bottom = 26;
    private const double RightColumnWidth = 170;
    private const double ColumnGap = 12;

    private readonly Typography _type;
    private readonly TextMeasurer _measurer;
    private readonly List<Shape> _letterhead = [];
    private readonly List<List<Shape>> _copyHeaders = [];
    private readonly List<Shape> _titleAndRule = [];
    private readonly double _footerTop;

    public PageFrame(Letterhead shop, PrintDocument document, IReadOnlyList<string?> copies, TextMeasurer measurer, Typography type)
    {
        _type = type;
        _measurer = measurer;

        var letterheadHeight = LayOutLetterhead(shop);
        var copyHeaderHeight = 0.0;
        foreach (var copy in copies)
        {
            var shapes = new List<Shape>();
            copyHeaderHeight = Math.Max(copyHeaderHeight, LayOutReferenceAndCopy(document.Reference, copy, shapes));
            _copyHeaders.Add(shapes);
        }

        var y = Math.Max(letterheadHeight, copyHeaderHeight) + 6;
        y = TextLines.Add(_titleAndRule, measurer, document.Title, type.Title, type.Ink, 0, ContentWidth, y, Align.Center) + 3;
        _titleAndRule.Add(new LineShape(type.Rule, 0, y, ContentWidth, y));
        BodyTop = Top + y + 10;

        _footerTop = PageHeight - Bottom - Typography.LineHeight(type.Footer) - 4;
        BodyBottom = _footerTop - 8;
    }

    public double BodyTop { get; }

    public double BodyBottom { get; }

    public double BodyHeight => BodyBottom - BodyTop;

    public void Draw(XGraphics gfx, int copyIndex, int pageNumber, int pageCount)
    {
        ShapePainter.Draw(gfx, _letterhead, Left, Top);
        ShapePainter.Draw(gfx, _copyHeaders[copyIndex], Left, Top);
        ShapePainter.Draw(gfx, _titleAndRule, Left, Top);

        var footer = string.Create(
            CultureInfo.InvariantCulture,
            $"第 {pageNumber} 页 / 共 {pageCount} 页  Page {pageNumber} of {pageCount}");
        ShapePainter.Draw(
            gfx,
            [
                new LineShape(_type.Hairline, 0, 0, ContentWidth, 0),
                new TextShape(footer, _type.Footer, _type.Muted, (ContentWidth - _measurer.Width(footer, _type.Footer)) / 2, 4 + Typography.Baseline(_type.Footer)),
            ],
            Left,
            _footerTop);
    }

    private double LayOutLetterhead(Letterhead shop)
    {
        var width = ContentWidth - RightColumnWidth - ColumnGap;
        var y = TextLines.Add(_letterhead, _measurer, shop.ShopName, _type.ShopName, _type.Ink, 0, width, 0) + 1;

        if (!string.IsNullOrWhiteSpace(shop.Address))
        {
            y = TextLines.Add(_letterhead, _measurer, shop.Address, _type.LetterheadDetail, _type.Muted, 0, width, y);
        }

        // Contact details are printed with labels: a bare licence number means nothing to a customer.
        var contactLine = string.Join(
            "    ",
            new[] { Labelled("电话 Tel", shop.Phone), Labelled("维修经营许可证 Licence No.", shop.LicenceNumber) }.OfType<string>());
        if (contactLine.Length > 0)
        {
            y = TextLines.Add(_letterhead, _measurer, contactLine, _type.LetterheadDetail, _type.Muted, 0, width, y);
        }

        return y;
    }

    private double LayOutReferenceAndCopy(string? reference, string? copy, List<Shape> shapes)
    {
        var y = 0.0;
        if (!string.IsNullOrWhiteSpace(reference))
        {
            y = TextLines.Add(shapes, _measurer, $"No. {reference}", _type.Reference, _type.Ink, ContentWidth - RightColumnWidth, RightColumnWidth, y, Align.Right);
        }

        if (!string.IsNullOrWhiteSpace(copy))
        {
            // Boxed like the stamped copy marks on pre-printed multi-part forms.
            const double padX = 4;
            const double padY = 1.5;
            y += 3;
            var lines = _measurer.Wrap(copy, _type.CopyLabel, RightColumnWidth - (2 * padX));
            var boxWidth = lines.Max(line => _measurer.Width(line, _type.CopyLabel)) + (2 * padX);
            var boxHeight = (lines.Count * Typography.LineHeight(_type.CopyLabel)) + (2 * padY);
            var boxLeft = ContentWidth - boxWidth;
            shapes.Add(new RectShape(_type.Rule, null, new XRect(boxLeft, y, boxWidth, boxHeight)));
            var baseline = y + padY + Typography.Baseline(_type.CopyLabel);
            foreach (var line in lines)
            {
                var x = boxLeft + ((boxWidth - _measurer.Width(line, _type.CopyLabel)) / 2);
                shapes.Add(new TextShape(line, _type.CopyLabel, _type.Ink, x, baseline));
                baseline += Typography.LineHeight(_type.CopyLabel);
            }

            y += boxHeight;
        }

        return y;
    }

    private static string? Labelled(string label, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}";
}
