using System.Collections;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkshopAdvisor.Api.Http;

/// <summary>
/// The signing link's token is in its path (/sign/{token}), and the framework writes request paths into
/// logs: "Request starting ..." at Information, the RequestPath of every log scope, our own error log. Every
/// logger the app makes is wrapped so that, whatever the level or the provider, the token is written as
/// /sign/[redacted]. The rest of each message and its structured values are left as they were.
/// </summary>
public static partial class LogRedaction
{
    public const string Replacement = "/sign/[redacted]";

    [GeneratedRegex("/sign/[A-Za-z0-9_%-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex SigningPath();

    public static bool NeedsRedaction(string? text) => text is not null && text.Contains("/sign/", StringComparison.OrdinalIgnoreCase) && SigningPath().IsMatch(text);

    public static string Redact(string text) => SigningPath().Replace(text, Replacement);

    /// <summary>Wraps the app's logger factory (registered by the host) in one that redacts.</summary>
    public static IServiceCollection AddLogRedaction(this IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory))
            ?? throw new InvalidOperationException("No ILoggerFactory is registered to wrap.");
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(Create(sp, original))));
        return services;
    }

    private static ILoggerFactory Create(IServiceProvider services, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: ILoggerFactory instance } => instance,
        { ImplementationFactory: { } factory } => (ILoggerFactory)factory(services),
        { ImplementationType: { } type } => (ILoggerFactory)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The registered ILoggerFactory cannot be wrapped."),
    };

    /// <summary>The value as text if it is one of the kinds a request path travels in.</summary>
    internal static string? AsText(object? value) => value switch
    {
        string s => s,
        PathString p => p.Value,
        Uri u => u.OriginalString,
        _ => null,
    };

    private sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            RedactedState.From(state, null) is { } redacted ? inner.BeginScope(redacted) : inner.BeginScope(state);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }
            if (RedactedState.From(state, () => formatter(state, exception)) is { } redacted)
            {
                inner.Log(logLevel, eventId, redacted, exception, static (s, _) => s.ToString());
            }
            else
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }

    /// <summary>A log state or scope with the token taken out of its text and of its values.</summary>
    private sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> values, string text) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        /// <summary>Null when the state holds no token (the common case: nothing is copied).</summary>
        public static RedactedState? From<TState>(TState state, Func<string>? format)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> pairs)
            {
                // The message is made from these values and a constant template: if no value holds a token,
                // neither does the message, and nothing needs formatting here.
                var holdsToken = false;
                for (var i = 0; i < pairs.Count && !holdsToken; i++)
                {
                    holdsToken = NeedsRedaction(AsText(pairs[i].Value));
                }
                if (!holdsToken)
                {
                    return null;
                }
                return new RedactedState(
                    [.. pairs.Select(p => AsText(p.Value) is { } s && NeedsRedaction(s) ? new KeyValuePair<string, object?>(p.Key, Redact(s)) : p)],
                    Redact(format?.Invoke() ?? state.ToString() ?? string.Empty));
            }
            var plain = format?.Invoke() ?? state?.ToString();
            return NeedsRedaction(plain) ? new RedactedState([], Redact(plain!)) : null;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => text;
    }
}
