namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>
/// A data-protection key ring entry. Keys live in the database so that sign-in tokens survive a restart
/// and are accepted by every instance that shares the database.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
