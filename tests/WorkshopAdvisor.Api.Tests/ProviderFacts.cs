using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Api.Tests;

// Every test of this project runs once per database provider (SQLite, PostgreSQL, ...), each run a test case of its own
// named after the provider; a class marked [WithoutDatabase] runs its tests once. These two attributes are found
// before xunit's own (they live in an enclosing namespace of every test), so a plain [Fact] or [Theory] here is
// a per-provider one. docs/adr/0030 says why.

/// <summary>xunit's Fact, once per database provider.</summary>
public sealed class FactAttribute : ProviderFactAttribute;

/// <summary>xunit's Theory, each data row once per database provider.</summary>
public sealed class TheoryAttribute : ProviderTheoryAttribute;
