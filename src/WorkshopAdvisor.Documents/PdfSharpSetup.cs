using PdfSharp.Fonts;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Process-wide PDFsharp settings: PDFsharp's font resolver can be set only once per process, so it
/// happens here, once. <see cref="PdfRenderer"/>'s constructor calls it.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _initialized;

    /// <summary>Installs the embedded fonts. Safe to call any number of times from any thread.</summary>
    public static void Initialize()
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

            GlobalFontSettings.FontResolver = new FontResolver();
            Volatile.Write(ref _initialized, true);
        }
    }
}
