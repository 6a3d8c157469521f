using PdfSharp;
using PdfSharp.Fonts;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Process-wide PDFsharp settings. PDFsharp 6.5 refuses to render until a licence is chosen, and its
/// font resolver can be set only once per process, so both happen here, once.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _initialized;

    /// <summary>
    /// Chooses the licence and installs the embedded fonts. Safe to call any number of times from any
    /// thread; only the first call has an effect, so a commercial key must be passed at start-up,
    /// before the first <see cref="PdfRenderer"/> is created (which initialises under the AGPL).
    /// </summary>
    /// <param name="commercialLicenceKey">A PDFsharp commercial key; without one PDFsharp runs under the AGPL.</param>
    public static void Initialize(string? commercialLicenceKey = null)
    {
        if (Volatile.Read(ref _initialized))
        {
            return;
        }

        lock (Gate)
        {
            if (_initialized)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(commercialLicenceKey))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(commercialLicenceKey);
            }

            GlobalFontSettings.FontResolver = new FontResolver();
            Volatile.Write(ref _initialized, true);
        }
    }
}
