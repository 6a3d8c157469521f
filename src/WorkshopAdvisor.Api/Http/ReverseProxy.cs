using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace WorkshopAdvisor.Api.Http;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address: the sign-in and signing-page limits
/// would count the whole shop as one client, and a remote signature would record the proxy as the customer's
/// address. `ReverseProxy:KnownProxies` lists the proxies (addresses or networks such as 10.0.0.0/8) whose
/// X-Forwarded-For and X-Forwarded-Proto are believed; from anyone else those headers are ignored, so a client
/// cannot claim another address. Empty (the default): the API is reached directly and reads no such header.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Networks(configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? []);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only what is configured is trusted here.
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var network in proxies)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }

    private static List<IPNetwork> Networks(IEnumerable<string> entries) => entries.Select(entry =>
        IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
        : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{entry}' is neither an IP address nor a network such as 10.0.0.0/8.")).ToList();
}
