using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

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
        // Deflating the two embedded font subsets was half the time of a work order: their glyph
        // offset and metrics tables stay as long as the whole font's (31,000 glyphs). The fastest
        // level takes a seventh of the time; the files grow by about half (ADR 0040).
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

        using var measureContext = XGraphics.CreateMeasureContext(
            new XSize(PageFrame.PageWidth, PageFrame.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards, pdf.RenderEvents);
        var measurer = new TextMeasurer(measureContext);
        var type = new Typography();
        string?[] copies = document.Copies is { Count: > 0 } labels ? [.. labels] : [null];
        var frame = new PageFrame(letterhead, document, copies, measurer, type);

        using var images = new SignatureImages();
        var units = BodyLayout.LayOut(document.Blocks, new LayoutContext(measurer, type, images, frame.BodyHeight));
        var pages = Paginator.Paginate(units, frame.BodyHeight);

        // Layout is done once, and each page's body is drawn once, into a form XObject that the page
        // of every copy places under its own label and numbering: a copy costs a reference, not a redraw.
        var bodies = pages.Select(page => DrawBody(pdf, page, frame.BodyTop)).ToList();
        try
        {
            for (var copy = 0; copy < copies.Length; copy++)
            {
                for (var p = 0; p < pages.Count; p++)
                {
                    var page = pdf.AddPage();
                    page.Width = XUnit.FromPoint(PageFrame.PageWidth);
                    page.Height = XUnit.FromPoint(PageFrame.PageHeight);
                    using var gfx = XGraphics.FromPdfPage(page);
                    frame.Draw(gfx, copy, p + 1, pages.Count);
                    gfx.DrawImage(bodies[p], 0, 0);
                }
            }

            // PDFsharp's cross-platform build leaves form XObjects uncompressed; compress them like page contents.
            foreach (var form in pdf.Internals.GetAllObjects().OfType<PdfFormXObject>())
            {
                form.Stream.Zip();
            }

            using var output = new MemoryStream();
            pdf.Save(output, closeStream: false);
            return output.ToArray();
        }
        finally
        {
            bodies.ForEach(body => body.Dispose());
        }
    }

    private static XForm DrawBody(PdfDocument pdf, List<PlacedUnit> page, double bodyTop)
    {
        var form = new XForm(pdf, XUnit.FromPoint(PageFrame.PageWidth), XUnit.FromPoint(PageFrame.PageHeight));
        using (var gfx = XGraphics.FromForm(form))
        {
            foreach (var placed in page)
            {
                ShapePainter.Draw(gfx, placed.Unit.Shapes, PageFrame.Left, bodyTop + placed.Top);
            }
        }

        return form;
    }
}
