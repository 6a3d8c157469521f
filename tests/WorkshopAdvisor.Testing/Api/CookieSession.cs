using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Testing;

/// <summary>A browser-like client signed in to the staff pages with the session cookie, holding its anti-forgery token.</summary>
public sealed record CookieSession(HttpClient Client, string CsrfToken)
{
    public const string CsrfHeader = "X-CSRF-TOKEN";

    public Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null || method != HttpMethod.Get)
        {
            request.Content = JsonContent.Create(body ?? new { }, options: ShopFixture.Json);
        }
        if (withToken)
        {
            request.Headers.Add(CsrfHeader, CsrfToken);
        }
        return Client.SendAsync(request);
    }
}

public static class CookieSessions
{
    /// <summary>A client that keeps cookies and does not follow redirects, as a test of a browser's view needs.</summary>
    public static HttpClient Browser(this ShopFixture shop) =>
        shop.Api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/app/antiforgery")).GetProperty("token").GetString()!;

    public static Task<CookieSession> SignInWithCookieAsync(this ShopFixture shop, Role role) =>
        shop.SignInWithCookieAsync(shop.UserName(role), role == Role.Manager ? ApiFactory.ManagerPassword : shop.Password(role));

    public static async Task<CookieSession> SignInWithCookieAsync(this ShopFixture shop, string userName, string password)
    {
        var client = shop.Browser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/app/sign-in") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.Add(CookieSession.CsrfHeader, await AntiforgeryTokenAsync(client));
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"cookie sign-in as {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        // The request token is bound to who is signed in: fetch it again now that someone is.
        return new CookieSession(client, await AntiforgeryTokenAsync(client));
    }
}
