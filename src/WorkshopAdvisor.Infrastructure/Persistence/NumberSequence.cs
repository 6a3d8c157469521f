namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>A named counter, e.g. "RO-20261122", handing out 1, 2, 3 ... atomically.</summary>
public sealed class NumberSequence
{
    public required string Key { get; set; }

    public long Value { get; set; }
}
