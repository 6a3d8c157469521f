using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Text widths for one render. Forms repeat the same characters and words many times, so widths
/// are remembered; one instance is never shared between threads.
/// </summary>
internal sealed class TextMeasurer(XGraphics measureContext)
{
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];

    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = measureContext.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    public IReadOnlyList<string> Wrap(string text, XFont font, double maxWidth) =>
        TextWrapper.Wrap(text, maxWidth, piece => Width(piece, font));
}
