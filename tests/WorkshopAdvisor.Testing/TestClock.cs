namespace WorkshopAdvisor.Testing;

/// <summary>A clock the tests move by hand; it starts at a fixed, realistic moment (a Monday morning in the shop).</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 23, 1, 30, 0, TimeSpan.Zero); // 09:30 in Beijing
    private readonly Lock _lock = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }

    public void Set(DateTimeOffset to)
    {
        lock (_lock)
        {
            _now = to;
        }
    }
}
