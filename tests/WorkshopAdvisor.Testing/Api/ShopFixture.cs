using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// One running API with one member of staff per role, shared by the tests of a class. Tests create their
/// own customers and cars, so they do not depend on each other. xunit makes it on SQLite; a test case on
/// another provider is handed a shop of the same type on that provider, made when the first such case runs
/// (so a fixture type needs a public parameterless constructor, as xunit asks of it anyway).
/// </summary>
public class ShopFixture : IAsyncLifetime, IProviderFixture
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<Role, (long Id, string Token)> _staff = [];
    private readonly Dictionary<DatabaseProvider, Task<ShopFixture>> _onOtherProviders = [];

    public DatabaseProvider Provider { get; private set; } = DatabaseProviders.Sqlite;

    public TestDatabase Database { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    public ApiFactory Api { get; private set; } = null!;

    /// <summary>Configuration a fixture adds to the API's (e.g. the shop's letterhead).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public long StaffId(Role role) => _staff[role].Id;

    public string Password(Role role) => $"password-of-{role.ToString().ToLowerInvariant()}";

    public string UserName(Role role) => role.ToString().ToLowerInvariant();

    public virtual async Task InitializeAsync()
    {
        Database = new TestDatabase(Provider);
        Api = CreateApi();
        var manager = await SignInAsync("manager", ApiFactory.ManagerPassword);
        _staff[Role.Manager] = (await IdOf(manager), manager);
        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.Manager))
        {
            var created = await Send(Client(manager), HttpMethod.Post, "/users",
                new { userName = UserName(role), displayName = DisplayName(role), role, password = Password(role) });
            var id = created.GetProperty("id").GetInt64();
            _staff[role] = (id, await SignInAsync(UserName(role), Password(role)));
        }
    }

    /// <summary>The API under test; a fixture may serve it differently (on Kestrel for a browser, with other settings).</summary>
    protected virtual ApiFactory CreateApi() => new(Database, Clock, Settings, testServices: ConfigureTestServices);

    /// <summary>Replaces services of the API under test (e.g. to make the care engine's work fail on purpose).</summary>
    protected virtual void ConfigureTestServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    /// <summary>A client signed in with a token of someone not in the per-role set.</summary>
    public HttpClient WithToken(string token) => Client(token);

    public virtual async Task DisposeAsync()
    {
        foreach (var other in _onOtherProviders.Values)
        {
            if (other.IsCompletedSuccessfully)
            {
                await other.Result.DisposeAsync();
            }
        }
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
        Database?.Dispose();
    }

    /// <summary>This shop, or its like on another provider (made once, on first use).</summary>
    public async Task<object> OnProviderAsync(DatabaseProvider provider)
    {
        if (provider == Provider)
        {
            return this;
        }
        Task<ShopFixture> shop;
        lock (_onOtherProviders)
        {
            if (!_onOtherProviders.TryGetValue(provider, out shop!))
            {
                _onOtherProviders[provider] = shop = OpenOnAsync(provider);
            }
        }
        return await shop;
    }

    private async Task<ShopFixture> OpenOnAsync(DatabaseProvider provider)
    {
        var shop = (ShopFixture)Activator.CreateInstance(GetType())!;
        shop.Provider = provider;
        try
        {
            await shop.InitializeAsync();
        }
        catch
        {
            await shop.DisposeAsync();
            throw;
        }
        return shop;
    }

    /// <summary>Stops the API and starts a new one on the same database, as a restart would (doing <paramref name="whileDown"/> in between).</summary>
    public async Task RestartAsync(Action? whileDown = null)
    {
        await Api.DisposeAsync();
        whileDown?.Invoke();
        Api = CreateApi();
        foreach (var role in _staff.Keys.ToList())
        {
            var name = role == Role.Manager ? "manager" : UserName(role);
            var password = role == Role.Manager ? ApiFactory.ManagerPassword : Password(role);
            _staff[role] = (_staff[role].Id, await SignInAsync(name, password));
        }
    }

    public HttpClient As(Role role) => Client(_staff[role].Token);

    public HttpClient Anonymous() => Api.CreateClient();

    public async Task<string> SignInAsync(string userName, string password)
    {
        var response = await Api.CreateClient().PostAsJsonAsync("/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static string DisplayName(Role role) => role switch
    {
        Role.Advisor => "王芳",
        Role.Technician => "李强",
        Role.Inspector => "赵敏",
        Role.Foreman => "陈刚",
        Role.CareAgent => "刘洋",
        Role.GeneralManager => "郑建国",
        _ => "孙经理",
    };

    private HttpClient Client(string token)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<long> IdOf(string token)
    {
        var me = await Client(token).GetFromJsonAsync<JsonElement>("/auth/me");
        return me.GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> Send(HttpClient client, HttpMethod method, string url, object body)
    {
        var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Json) });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {url} -> {(int)response.StatusCode}: {text}");
        }
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
