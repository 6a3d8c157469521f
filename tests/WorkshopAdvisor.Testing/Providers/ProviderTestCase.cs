using Xunit.Abstractions;
using Xunit.Sdk;

namespace WorkshopAdvisor.Testing.Providers;

/// <summary>A fact, or one data row of a theory, on one database provider.</summary>
public sealed class ProviderTestCase : XunitTestCase
{
    private string _provider = string.Empty;
    private string? _rowSkipReason;

    [Obsolete("Called by the de-serializer", error: true)]
    public ProviderTestCase()
    {
    }

    public ProviderTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions,
        ITestMethod testMethod, string provider, object[]? testMethodArguments = null, string? rowSkipReason = null)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod, testMethodArguments)
    {
        _provider = provider;
        _rowSkipReason = rowSkipReason;
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
        data.AddValue("RowSkipReason", _rowSkipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _provider = data.GetValue<string>(ProviderCases.ProviderKey);
        _rowSkipReason = data.GetValue<string?>("RowSkipReason");
        base.Deserialize(data);
    }

    protected override void Initialize()
    {
        base.Initialize();
        ProviderCases.AddTrait(Traits, _provider);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        ProviderCases.DisplayName(base.GetDisplayName(factAttribute, displayName), _provider);

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        ProviderCases.SkipReason(_rowSkipReason ?? base.GetSkipReason(factAttribute), _provider);

    protected override string GetUniqueID() => ProviderCases.UniqueId(base.GetUniqueID(), _provider);
}
