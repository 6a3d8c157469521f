namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>Who is making the changes saved in this unit of work: the signed-in user, or the system itself.</summary>
public interface ICurrentActor
{
    long? UserId { get; }

    string Name { get; }

    string Role { get; }
}

public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();

    public long? UserId => null;

    public string Name => "system";

    public string Role => "System";
}
