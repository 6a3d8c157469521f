using Xunit.Abstractions;
using Xunit.Sdk;

namespace WorkshopAdvisor.Testing.Providers;

/// <summary>A theory whose data is only known at run time, on one database provider (its rows are reported as they run).</summary>
public sealed class ProviderTheoryTestCase : XunitTheoryTestCase
{
    private string _provider = string.Empty;

    [Obsolete("Called by the de-serializer", error: true)]
    public ProviderTheoryTestCase()
    {
    }

    public ProviderTheoryTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions,
        ITestMethod testMethod, string provider)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod)
    {
        _provider = provider;
    }

    public string Provider => _provider;

    public override Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
        ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        ProviderCases.RunAsync(_provider, SkipReason, constructorArguments, aggregator,
            arguments => base.RunAsync(diagnosticMessageSink, messageBus, arguments, aggregator, cancellationTokenSource));

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue(ProviderCases.ProviderKey, _provider);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _provider = data.GetValue<string>(ProviderCases.ProviderKey);
        base.Deserialize(data);
    }

    protected override void Initialize()
    {
        base.Initialize();
        ProviderCases.AddTrait(Traits, _provider);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        ProviderCases.DisplayName(base.GetDisplayName(factAttribute, displayName), _provider);

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => ProviderCases.SkipReason(base.GetSkipReason(factAttribute), _provider);

    protected override string GetUniqueID() => ProviderCases.UniqueId(base.GetUniqueID(), _provider);
}
