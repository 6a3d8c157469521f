using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Renders <see cref="PrintDocument"/>s on A4 with PDFsharp. Stateless: one instance serves any
/// number of threads, each render working on its own PDF document.
/// </summary>
public sealed class PdfRenderer : IPdfRenderer
{
    public PdfRenderer() => PdfSharpSetup.Initialize();

    public byte[] Render(PrintDocument document, Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(letterhead);

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Reference ?? string.Empty;
        pdf.Info.Creator = "WorkshopAdvisor";
        pdf.Options.CompressContentStreams = true;

        using var measureContext = XGraphics.CreateMeasureContext(
            new XSize(PageFrame.PageWidth, PageFrame.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards, pdf.RenderEvents);
        var measurer = new TextMeasurer(measureContext);
        var type = new Typography();
        string?[] copies = document.Copies is { Count: > 0 } labels ? [.. labels] : [null];
        var frame = new PageFrame(letterhead, document, copies, measurer, type);

        using var images = new SignatureImages();
        var units = BodyLayout.LayOut(document.Blocks, new LayoutContext(measurer, type, images, frame.BodyHeight));
        var pages = Paginator.Paginate(units, frame.BodyHeight);

        // Layout is done once; every copy draws the same pages under its own label and numbering.
        for (var copy = 0; copy < copies.Length; copy++)
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var page = pdf.AddPage();
                page.Width = XUnit.FromPoint(PageFrame.PageWidth);
                page.Height = XUnit.FromPoint(PageFrame.PageHeight);
                using var gfx = XGraphics.FromPdfPage(page);
                frame.Draw(gfx, copy, p + 1, pages.Count);
                foreach (var placed in pages[p])
                {
                    ShapePainter.Draw(gfx, placed.Unit.Shapes, PageFrame.Left, frame.BodyTop + placed.Top);
                }
            }
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }
}
