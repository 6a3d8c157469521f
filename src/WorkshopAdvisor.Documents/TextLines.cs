using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

internal static class TextLines
{
    /// <summary>Wraps text into the box starting at <paramref name="top"/>; returns the y under the last line.</summary>
    public static double Add(
        List<Shape> shapes, TextMeasurer measurer, string text, XFont font, XBrush brush, double x, double width, double top, Align align = Align.Left)
    {
        foreach (var line in measurer.Wrap(text, font, width))
        {
            var left = align switch
            {
                Align.Right => x + width - measurer.Width(line, font),
                Align.Center => x + ((width - measurer.Width(line, font)) / 2),
                _ => x,
            };
            shapes.Add(new TextShape(line, font, brush, left, top + Typography.Baseline(font)));
            top += Typography.LineHeight(font);
        }

        return top;
    }
}
