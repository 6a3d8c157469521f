using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WorkshopAdvisor.LoadDriver;

/// <summary>Signed-in HTTP clients for the generated staff, and the few calls the scenarios make.</summary>
internal sealed class ShopClient(Uri address, string password) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = address };
    private readonly Dictionary<string, AuthenticationHeaderValue> _tokens = [];

    public async Task SignInAsync(IEnumerable<string> userNames)
    {
        foreach (var user in userNames)
        {
            var response = await _http.PostAsJsonAsync("/auth/token", new { userName = user, password });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            _tokens[user] = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public async Task<JsonElement> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = _tokens[user];
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {url} -> {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        }
        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }

    public void Dispose() => _http.Dispose();

    public Task<JsonElement> Get(string user, string url) => SendAsync(user, HttpMethod.Get, url);

    public Task<JsonElement> Post(string user, string url, object? body = null) => SendAsync(user, HttpMethod.Post, url, body ?? new { });
}
