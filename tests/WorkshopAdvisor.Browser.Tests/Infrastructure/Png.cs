using System.Buffers.Binary;
using System.IO.Compression;

namespace WorkshopAdvisor.Browser.Tests.Infrastructure;

/// <summary>Just enough PNG reading to tell a drawn signature from an empty pad: size, and whether any pixel is not blank.</summary>
public static class Png
{
    public static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    /// <summary>
    /// A canvas exports 8-bit RGBA. An untouched pad is all zero bytes (transparent black), and every PNG row
    /// filter keeps zeros zero, so any non-zero byte outside the filter-type byte of each row is ink.
    /// </summary>
    public static int InkedBytes(byte[] png)
    {
        var (width, _) = Size(png);
        Assert.Equal(8, png[24]); // bit depth
        Assert.Equal(6, png[25]); // colour type RGBA
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at, 4));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var bytes = inflated.ToArray();
        var stride = 1 + (width * 4);
        var inked = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i % stride != 0 && bytes[i] != 0)
            {
                inked++;
            }
        }
        return inked;
    }
}
