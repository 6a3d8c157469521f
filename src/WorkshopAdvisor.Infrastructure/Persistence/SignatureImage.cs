namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>
/// A signature image, kept apart from the order so that loading an order stays light: a signature drawn on a pad
/// (PNG), or a photo or scan of a paper signed by hand (PNG or JPEG).
/// </summary>
public sealed class SignatureImage
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    public Guid Id { get; set; }

    public required byte[] Image { get; set; }

    /// <summary><see cref="Png"/> or <see cref="Jpeg"/>.</summary>
    public required string ContentType { get; set; }

    public DateTime CreatedAt { get; set; }
}
