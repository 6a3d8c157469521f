using PdfSharp.Drawing;

namespace WorkshopAdvisor.Documents;

/// <summary>Signature images of one render, kept open until the PDF is saved.</summary>
internal sealed class SignatureImages : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public XImage Load(byte[] png, string slotLabel)
    {
        var stream = new MemoryStream(png, writable: false);
        _owned.Add(stream);
        try
        {
            var image = XImage.FromStream(stream);
            _owned.Add(image);
            return image;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArgumentException($"The signature image of '{slotLabel}' is not a readable PNG.", nameof(png), e);
        }
    }

    public void Dispose()
    {
        foreach (var item in _owned)
        {
            item.Dispose();
        }
    }
}
