namespace WorkshopAdvisor.Documents;

public interface IPdfRenderer
{
    /// <summary>Renders the document as a PDF file. Safe to call from several threads at once.</summary>
    byte[] Render(PrintDocument document, Letterhead letterhead);
}
