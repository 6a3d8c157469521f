using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Security;

/// <summary>A sign-in gives a bearer token for a shift and nothing that pretends to renew it (ADR 0024).</summary>
public sealed class SignInTokenTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_GivesABearerTokenForAShift_AndNoRefreshToken()
    {
        var response = await shop.Anonymous().PostAsJsonAsync("/auth/token", new { userName = "manager", password = ApiFactory.ManagerPassword });

        var body = await response.Read<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(100_000L * 3600, body.GetProperty("expiresIn").GetInt64()); // Auth:TokenHours as the tests set it
        Assert.False(body.TryGetProperty("refreshToken", out _), $"a refresh token nothing accepts: {body}");
        var client = shop.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Token_AfterItsShift_Is401()
    {
        var token = await shop.SignInAsync("manager", ApiFactory.ManagerPassword);
        var client = shop.WithToken(token);
        var saved = shop.Clock.GetUtcNow();
        try
        {
            shop.Clock.Advance(TimeSpan.FromHours(100_001));

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/auth/me")).StatusCode);
        }
        finally
        {
            shop.Clock.Set(saved);
        }
    }
}
