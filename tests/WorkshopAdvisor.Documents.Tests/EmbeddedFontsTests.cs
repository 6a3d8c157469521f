using System.Buffers.Binary;

namespace WorkshopAdvisor.Documents.Tests;

public class EmbeddedFontsTests
{
    [Theory]
    [InlineData(EmbeddedFonts.RegularFace)]
    [InlineData(EmbeddedFonts.BoldFace)]
    public void Get_ForEachFace_ReturnsATrueTypeFontCompiledIntoTheAssembly(string face)
    {
        var font = EmbeddedFonts.Get(face);

        // PDFsharp needs glyf outlines: sfnt version 0x00010000, not 'OTTO' (CFF) or 'ttcf' (collection).
        Assert.True(font.Length > 1_000_000, $"{face} is only {font.Length} bytes");
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(font));
    }

    [Fact]
    public void Get_ForBoldAndRegular_ReturnsDifferentFaces()
    {
        Assert.NotEqual(EmbeddedFonts.Get(EmbeddedFonts.RegularFace), EmbeddedFonts.Get(EmbeddedFonts.BoldFace));
    }

    [Theory]
    [InlineData("Arial", false, EmbeddedFonts.RegularFace)]
    [InlineData("Noto Sans SC", true, EmbeddedFonts.BoldFace)]
    [InlineData("SimSun", true, EmbeddedFonts.BoldFace)]
    public void ResolveTypeface_ForAnyFamily_ServesTheEmbeddedFace(string family, bool bold, string expectedFace)
    {
        var resolved = new FontResolver().ResolveTypeface(family, bold, isItalic: false);

        Assert.Equal(expectedFace, resolved.FaceName);
    }
}
