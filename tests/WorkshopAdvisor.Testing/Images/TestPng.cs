using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WorkshopAdvisor.Testing;

/// <summary>Writes small PNGs by hand, so the tests need no imaging library.</summary>
public static class TestPng
{
    /// <summary>An RGBA signature: a dark blue stroke on a fully transparent background.</summary>
    public static byte[] TransparentSignature(int width = 240, int height = 80)
    {
        var pixels = new byte[height * (1 + (width * 4))];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + (width * 4)); // each row starts with filter byte 0 (none)
            for (var x = 0; x < width; x++)
            {
                var strokeY = (height / 2) + ((height / 3) * Math.Sin(x / 12.0));
                if (Math.Abs(y - strokeY) < 2.5)
                {
                    pixels.AsSpan(row + 1 + (x * 4), 4).SetBytes(20, 40, 140, 255);
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: RGBA
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Deflate(pixels));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void SetBytes(this Span<byte> span, params ReadOnlySpan<byte> values) => values.CopyTo(span);

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
