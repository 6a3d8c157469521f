using Xunit.Abstractions;
using Xunit.Sdk;

namespace WorkshopAdvisor.Testing.Providers;

/// <summary>Finds the test cases of a <see cref="ProviderFactAttribute"/>: one per provider.</summary>
public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        // A fact with parameters or type parameters is xunit's error to report, as is a class without a database one case.
        if (ProviderCases.ProvidersOf(testMethod, factAttribute) is not { } providers
            || testMethod.Method.GetParameters().Any() || testMethod.Method.IsGenericMethodDefinition)
        {
            return base.Discover(discoveryOptions, testMethod, factAttribute);
        }
        return providers.Select(provider => new ProviderTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, provider.Name));
    }
}

/// <summary>Finds the test cases of a <see cref="ProviderTheoryAttribute"/>: each data row (or the whole theory, when its data is only known at run time) once per provider.</summary>
public sealed class ProviderTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute, object[] dataRow) =>
        ProviderCases.ProvidersOf(testMethod, theoryAttribute) is { } providers
            ? providers.Select(p => new ProviderTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, p.Name, dataRow))
            : base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForSkippedDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute, object[] dataRow, string skipReason) =>
        ProviderCases.ProvidersOf(testMethod, theoryAttribute) is { } providers
            ? providers.Select(p => new ProviderTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, p.Name, dataRow, skipReason))
            : base.CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, skipReason);

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        ProviderCases.ProvidersOf(testMethod, theoryAttribute) is { } providers
            ? providers.Select(p => new ProviderTheoryTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, p.Name))
            : base.CreateTestCasesForTheory(discoveryOptions, testMethod, theoryAttribute);

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForSkip(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute, string skipReason) =>
        ProviderCases.ProvidersOf(testMethod, theoryAttribute) is { } providers
            ? providers.Select(p => new ProviderTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, p.Name))
            : base.CreateTestCasesForSkip(discoveryOptions, testMethod, theoryAttribute, skipReason);
}
