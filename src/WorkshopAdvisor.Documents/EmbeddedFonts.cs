using System.Reflection;

namespace WorkshopAdvisor.Documents;

/// <summary>The Noto Sans SC faces compiled into this assembly (see the project file).</summary>
internal static class EmbeddedFonts
{
    public const string RegularFace = "NotoSansSC-Regular";
    public const string BoldFace = "NotoSansSC-Bold";

    // 10 MB each: read once, on first use, and share the bytes with PDFsharp.
    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    public static byte[] Get(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => throw new ArgumentException($"No embedded font face '{faceName}'.", nameof(faceName)),
    };

    private static byte[] Load(string faceName)
    {
        var resourceName = $"WorkshopAdvisor.Documents.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"Font resource '{resourceName}' is missing: the build did not embed it (see FetchNotoSansSc in the project file).");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
