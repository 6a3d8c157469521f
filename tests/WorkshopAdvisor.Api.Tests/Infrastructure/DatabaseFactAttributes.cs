namespace WorkshopAdvisor.Api.Tests;

// The tests of this project run twice: on SQLite here, and on PostgreSQL in WorkshopAdvisor.Api.Tests.Postgres,
// which compiles the same files. These two attributes are found before xunit's own (they live in an
// enclosing namespace of every test), so that every [Fact] and [Theory] is skipped, with the reason, on a
// machine without a PostgreSQL server, and runs (and fails) under CI=true.

/// <summary>xunit's Fact, skipped when the test database of this run is unavailable.</summary>
public class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute()
    {
        if (Infrastructure.TestDatabase.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>xunit's Theory, skipped when the test database of this run is unavailable.</summary>
public sealed class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute()
    {
        if (Infrastructure.TestDatabase.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
