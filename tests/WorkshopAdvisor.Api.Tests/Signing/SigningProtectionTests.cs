using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Signing;

/// <summary>The shop's API with a low limit on the signing pages, as in production but reachable in a test.</summary>
public sealed class RateLimitedShop : ShopFixture
{
    public const int PerMinute = 3;

    protected override ApiFactory CreateApi() => new(Database, Clock, Settings, b => b.UseSetting("RateLimits:SigningPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

public sealed class SigningRateLimitTests(RateLimitedShop shop) : IClassFixture<RateLimitedShop>
{
    [Fact]
    public async Task SigningPages_BeyondTheLimitPerClient_Get429AsAFriendlyPage()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedShop.PerMinute; i++)
        {
            statuses.Add((await shop.Anonymous().GetAsync(path)).StatusCode);
        }
        var refused = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], []));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await SigningPageTests.AssertRefusalPage(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}")).Read<RepairOrderResponse>();
        Assert.Null(after.Estimates[0].Decision);
    }
}

/// <summary>The API with every log category at Trace, captured with messages, structured values and scopes.</summary>
public sealed class LoggedShop : ShopFixture
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override ApiFactory CreateApi() => new(Database, Clock, Settings, b => b.ConfigureLogging(l =>
    {
        l.SetMinimumLevel(LogLevel.Trace);
        l.AddProvider(Logs);
        l.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
    }));
}

public sealed class SigningLogTests(LoggedShop shop) : IClassFixture<LoggedShop>
{
    [Fact]
    public async Task SigningLink_OpenedAndSubmitted_NeverAppearsInTheLogsWithItsToken()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        var (link, path) = await shop.SigningLinkAsync(order.Id, 1);
        var token = path["/sign/".Length..];

        Assert.Equal(HttpStatusCode.OK, (await shop.Anonymous().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], []))).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await shop.Anonymous().GetAsync(path + "?again=1")).StatusCode);

        var written = shop.Logs.Written.ToList();
        Assert.DoesNotContain(written, w => w.Contains(token, StringComparison.Ordinal));
        // The request log itself is there (so the check above has something to check), with the token taken out.
        Assert.Contains(written, w => w.Contains("Request starting", StringComparison.Ordinal) && w.Contains("/sign/[redacted]", StringComparison.Ordinal));
        Assert.Contains(written, w => w.Contains("RequestPath", StringComparison.Ordinal) && w.Contains("/sign/[redacted]", StringComparison.Ordinal));
        Assert.NotNull(link.Url);
    }
}

/// <summary>Keeps every message, structured value and scope that any logger writes.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Written { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static string Values(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
        ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
        : string.Empty;

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) => list.Add($"{scope} [{Values(scope)}]"), scopes);
            provider.Written.Enqueue($"{category} {logLevel}: {formatter(state, exception)} | {Values(state)} | scopes: {string.Join(" / ", scopes)}");
        }
    }
}
