using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>
/// Images sent as signatures: one drawn on a pad or the signing page (a PNG of a few kilobytes), or a photo or scan
/// of a paper signed by hand (PNG or JPEG, larger). Plain base64 or a data URL; only real images of sensible size.
/// </summary>
public static class SignatureImages
{
    public const int MaxDrawnBytes = 512 * 1024;
    public const int MaxPaperBytes = 4 * 1024 * 1024;

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>A drawn signature: a PNG of at most 512 KB.</summary>
    public static SignatureImage Drawn(string? value, string field, DateTime now) =>
        Decode(value, field, MaxDrawnBytes, allowJpeg: false, now);

    /// <summary>A photo or scan of the signed paper: a PNG or JPEG of at most 4 MB.</summary>
    public static SignatureImage OfPaper(string? value, string field, DateTime now) =>
        Decode(value, field, MaxPaperBytes, allowJpeg: true, now);

    /// <summary>The customer's address and the engine number as the archive holds them now: what a work order signed now states.</summary>
    public static async Task<WorkOrderParticulars> ParticularsAsync(WorkshopDbContext db, RepairOrder order, CancellationToken ct) => new(
        await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => c.Address).SingleOrDefaultAsync(ct),
        await db.Vehicles.AsNoTracking().Where(v => v.Id == order.VehicleId).Select(v => v.EngineNumber).SingleOrDefaultAsync(ct));

    private static SignatureImage Decode(string? value, string field, int maxBytes, bool allowJpeg, DateTime now)
    {
        var text = value?.Trim() ?? string.Empty;
        var comma = text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? text.IndexOf(',', StringComparison.Ordinal) : -1;
        if (comma >= 0)
        {
            text = text[(comma + 1)..];
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidValueException(field, allowJpeg ? "must be a base64-encoded PNG or JPEG" : "must be a base64-encoded PNG");
        }
        var contentType = bytes.AsSpan().StartsWith(PngMagic) ? SignatureImage.Png
            : allowJpeg && bytes.AsSpan().StartsWith(JpegMagic) ? SignatureImage.Jpeg
            : null;
        if (contentType is null || bytes.Length > maxBytes)
        {
            throw new InvalidValueException(field, $"must be a {(allowJpeg ? "PNG or JPEG" : "PNG")} image of at most {maxBytes / 1024} KB");
        }
        return new SignatureImage { Id = Guid.CreateVersion7(), Image = bytes, ContentType = contentType, CreatedAt = now };
    }
}
