using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Testing;

// One browser at a time: each test class has its own API, but several Chromiums at once only make the machine slow.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
// So that the browser tests can run as a step of their own, and a fast loop can leave them out.
[assembly: AssemblyTrait(Category.Name, Category.Browser)]

namespace WorkshopAdvisor.Browser.Tests.Infrastructure;

/// <summary>The shop's API on a real port (Kestrel, http://127.0.0.1:random) so that Chromium can reach it.</summary>
public sealed class BrowserShop : ShopFixture
{
    public string BaseUrl { get; private set; } = string.Empty;

    protected override ApiFactory CreateApi()
    {
        var api = new ApiFactory(Database, Clock);
        api.UseKestrel(0);
        api.StartServer();
        BaseUrl = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return api;
    }
}
