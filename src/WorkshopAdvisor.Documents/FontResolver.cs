using PdfSharp.Fonts;

namespace WorkshopAdvisor.Documents;

/// <summary>
/// Answers every family name with the embedded Noto Sans SC, so that a PDF looks the same on every
/// server and no request can fall back to a machine font that lacks Chinese glyphs.
/// </summary>
internal sealed class FontResolver : IFontResolver
{
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? EmbeddedFonts.BoldFace : EmbeddedFonts.RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName) => EmbeddedFonts.Get(faceName);
}
