using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Demo;

/// <summary>
/// Signatures for the demo shop, as a pad would send them: a dark blue stroke on a transparent PNG, a little
/// different for each signer so that the printed work orders do not all carry the same scrawl.
/// </summary>
internal static class DemoSignatures
{
    private static readonly byte[] Ink = [20, 40, 140, 255];

    public static SignatureImage For(int signer, DateTime at) =>
        new() { Id = Guid.CreateVersion7(), Image = Stroke(signer), ContentType = SignatureImage.Png, CreatedAt = at };

    private static byte[] Stroke(int signer, int width = 260, int height = 80)
    {
        var stride = 1 + (width * 4); // each row starts with filter byte 0 (none)
        var pixels = new byte[height * stride];
        for (var x = 12; x < width - 12; x++)
        {
            var y = (height / 2) + ((height / 3.2) * Math.Sin(x / (9.0 + signer)) * Math.Cos(x / (37.0 + (3 * signer))));
            for (var dy = -2; dy <= 2; dy++)
            {
                var row = (int)Math.Round(y) + dy;
                if (row >= 0 && row < height)
                {
                    Ink.CopyTo(pixels.AsSpan((row * stride) + 1 + (x * 4), 4));
                }
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(pixels);
            }
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
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
