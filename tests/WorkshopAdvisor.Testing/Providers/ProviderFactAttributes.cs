using Xunit.Sdk;

namespace WorkshopAdvisor.Testing.Providers;

/// <summary>
/// A test that runs once per database provider of <see cref="DatabaseProviders.All"/>, each run a test case of its own
/// named after its provider ("... [Postgres]", with the trait Provider=Postgres). A provider this machine lacks skips its
/// cases with the reason, and fails them under CI=true (unless CI cannot have it). Each case gets the class fixtures that
/// are <see cref="IProviderFixture"/>s on its provider, and <see cref="DatabaseProviders.Current"/> names that provider
/// for the databases a test makes itself.
/// </summary>
[XunitTestCaseDiscoverer("WorkshopAdvisor.Testing.Providers.ProviderFactDiscoverer", "WorkshopAdvisor.Testing")]
public class ProviderFactAttribute : FactAttribute
{
    /// <summary>Only on providers where several API instances may share one database (<see cref="DatabaseProvider.SeveralInstances"/>).</summary>
    public bool SeveralInstances { get; set; }
}

/// <summary>A theory whose every data row runs once per database provider, as <see cref="ProviderFactAttribute"/> says.</summary>
[XunitTestCaseDiscoverer("WorkshopAdvisor.Testing.Providers.ProviderTheoryDiscoverer", "WorkshopAdvisor.Testing")]
public class ProviderTheoryAttribute : TheoryAttribute
{
    /// <summary>Only on providers where several API instances may share one database (<see cref="DatabaseProvider.SeveralInstances"/>).</summary>
    public bool SeveralInstances { get; set; }
}

/// <summary>On a test class whose tests touch no database: each of its tests runs once, not once per provider.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WithoutDatabaseAttribute : Attribute;
