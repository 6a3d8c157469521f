using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Signature slots side by side: label, the captured signature standing on the signing line, and
/// the signer's name and time under the line. A slot with nothing captured keeps the empty line
/// so that it can be signed on paper.
/// </summary>
internal static class SignatureLayout
{
    private const double SlotGap = 18;
    private const double SignatureHeight = 44;
    private const int MaxSlotsPerRow = 3;
    private const double StampSide = 110;

    public static void LayOut(SignatureBlock block, LayoutContext context, List<LayoutUnit> units)
    {
        // Four slots print as two rows of two rather than three and a lonely one.
        var perRow = block.Slots.Count == 4 ? 2 : Math.Min(block.Slots.Count, MaxSlotsPerRow);
        var slotWidth = (LayoutContext.Width - (SlotGap * (perRow - 1))) / perRow;
        var isFirstRow = true;
        foreach (var row in block.Slots.Chunk(perRow))
        {
            var shapes = new List<Shape>();
            var height = 0.0;
            for (var i = 0; i < row.Length; i++)
            {
                height = Math.Max(height, LayOutSlot(row[i], i * (slotWidth + SlotGap), slotWidth, context, shapes));
            }

            units.Add(new LayoutUnit(height, shapes, SpaceBefore: isFirstRow ? LayoutContext.BlockGap + 4 : 10));
            isFirstRow = false;
        }
    }

    private static double LayOutSlot(SignatureSlot slot, double x, double width, LayoutContext context, List<Shape> shapes)
    {
        var (measurer, type) = (context.Measurer, context.Type);
        var y = TextLines.Add(shapes, measurer, slot.Label, type.SignatureLabel, type.Ink, x, width, 0);
        if (slot.StampArea)
        {
            // A seal is about 40 mm across: a square of that size, framed, to stamp in.
            var side = Math.Min(width, StampSide);
            shapes.Add(new RectShape(type.StampFrame, null, new XRect(x, y + 4, side, side)));
            return y + 4 + side;
        }

        var lineY = y + 2 + SignatureHeight;
        if (slot.PngImage is { Length: > 0 } png)
        {
            var image = context.Images.Load(png, slot.Label);
            var scale = Math.Min(width / image.PointWidth, SignatureHeight / image.PointHeight);
            var (imageWidth, imageHeight) = (image.PointWidth * scale, image.PointHeight * scale);
            shapes.Add(new ImageShape(image, new XRect(x, lineY - imageHeight, imageWidth, imageHeight)));
        }

        shapes.Add(new LineShape(type.SignLine, x, lineY, x + width, lineY));
        y = lineY + 2;

        if (!string.IsNullOrWhiteSpace(slot.SignerName))
        {
            y = TextLines.Add(shapes, measurer, slot.SignerName, type.Body, type.Ink, x, width, y);
        }

        if (!string.IsNullOrWhiteSpace(slot.SignedAt))
        {
            y = TextLines.Add(shapes, measurer, slot.SignedAt, type.Small, type.Muted, x, width, y);
        }

        if (slot.PngImage is not { Length: > 0 } && string.IsNullOrWhiteSpace(slot.SignerName) && string.IsNullOrWhiteSpace(slot.SignedAt))
        {
            y = TextLines.Add(shapes, measurer, "签名 Signature                    日期 Date", type.Small, type.Faint, x, width, y);
        }

        return y;
    }
}
