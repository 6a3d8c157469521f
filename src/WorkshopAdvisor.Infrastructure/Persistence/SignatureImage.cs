namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>A signature image (PNG), kept apart from the order so that loading an order stays light.</summary>
public sealed class SignatureImage
{
    public Guid Id { get; set; }

    public required byte[] Png { get; set; }

    public DateTime CreatedAt { get; set; }
}
