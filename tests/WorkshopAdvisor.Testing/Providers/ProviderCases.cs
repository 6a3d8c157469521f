using Xunit.Abstractions;
using Xunit.Sdk;

namespace WorkshopAdvisor.Testing.Providers;

/// <summary>What the two kinds of per-provider test case (<see cref="ProviderTestCase"/>, <see cref="ProviderTheoryTestCase"/>) share.</summary>
internal static class ProviderCases
{
    public const string Trait = "Provider";
    public const string ProviderKey = "Provider";

    /// <summary>The providers a test runs on; null for a test of a class that touches no database (one ordinary case).</summary>
    public static IEnumerable<DatabaseProvider>? ProvidersOf(ITestMethod testMethod, IAttributeInfo attribute)
    {
        if (testMethod.TestClass.Class.GetCustomAttributes(typeof(WithoutDatabaseAttribute)).Any())
        {
            return null;
        }
        var severalInstances = attribute.GetNamedArgument<bool>(nameof(ProviderFactAttribute.SeveralInstances));
        return DatabaseProviders.All.Where(p => p.SeveralInstances || !severalInstances);
    }

    public static string DisplayName(string displayName, string provider) => $"{displayName} [{provider}]";

    /// <summary>Distinct per provider: xunit's own ID covers only the method and its arguments.</summary>
    public static string UniqueId(string uniqueId, string provider) => $"{uniqueId}-{provider}";

    public static void AddTrait(Dictionary<string, List<string>> traits, string provider)
    {
        if (!traits.TryGetValue(Trait, out var values))
        {
            traits[Trait] = values = [];
        }
        values.Add(provider);
    }

    /// <summary>The test's own skip first (a missing tool, a skipped row), then its provider's.</summary>
    public static string? SkipReason(string? ownReason, string provider) => ownReason ?? DatabaseProviders.Named(provider).SkipReason;

    /// <summary>
    /// Runs the case on its provider: each <see cref="IProviderFixture"/> among the constructor's arguments is swapped for its
    /// like on the provider (a failure to make it fails the test, with the cause), and the provider is the current one.
    /// </summary>
    public static async Task<RunSummary> RunAsync(string providerName, string? skipReason, object[] constructorArguments, ExceptionAggregator aggregator,
        Func<object[], Task<RunSummary>> run)
    {
        if (!string.IsNullOrEmpty(skipReason))
        {
            return await run(constructorArguments);
        }
        var provider = DatabaseProviders.Named(providerName);
        var arguments = (object[])constructorArguments.Clone();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is IProviderFixture fixture)
            {
                var at = i;
                await aggregator.RunAsync(async () => arguments[at] = await fixture.OnProviderAsync(provider));
            }
        }
        DatabaseProviders.Enter(provider);
        return await run(arguments);
    }
}
