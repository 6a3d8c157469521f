using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

internal static class ShapePainter
{
    public static void Draw(XGraphics gfx, IEnumerable<Shape> shapes, double left, double top)
    {
        foreach (var shape in shapes)
        {
            switch (shape)
            {
                case TextShape text:
                    gfx.DrawString(text.Text, text.Font, text.Brush, left + text.X, top + text.Baseline);
                    break;
                case LineShape line:
                    gfx.DrawLine(line.Pen, left + line.X1, top + line.Y1, left + line.X2, top + line.Y2);
                    break;
                case RectShape rect:
                    gfx.DrawRectangle(rect.Pen, rect.Brush, Offset(rect.Rect, left, top));
                    break;
                case ImageShape image:
                    gfx.DrawImage(image.Image, Offset(image.Rect, left, top));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown shape {shape.GetType().Name}.");
            }
        }
    }

    private static XRect Offset(XRect rect, double left, double top) => new(rect.X + left, rect.Y + top, rect.Width, rect.Height);
}
