using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Operations;

/// <summary>Where the server's address leads, and what a path nothing answers gets.</summary>
public sealed class PathsTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Browser() => shop.Api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/health")]
    [InlineData("/no/such/page")]
    public async Task UnknownPath_WithOrWithoutSignIn_Is404(string path)
    {
        await (await shop.Anonymous().GetAsync(path)).AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
        await (await shop.As(Role.Advisor).GetAsync(path)).AssertProblem(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task KnownPath_WithoutSignIn_IsStill401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.Anonymous().GetAsync("/customers")).StatusCode);
    }

    [Fact]
    public async Task ServerAddress_InABrowser_LeadsToTheStaffSignIn_ThenBackToTheStaffPages()
    {
        var browser = Browser();

        var root = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/app", root.Headers.Location!.OriginalString);
        var app = await browser.GetAsync("/app");
        Assert.Equal(HttpStatusCode.Redirect, app.StatusCode);
        Assert.Equal("/app/sign-in?returnUrl=%2Fapp", app.Headers.Location!.PathAndQuery());
        var signIn = await browser.GetAsync("/app/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("id=\"sign-in-form\"", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var session = await shop.SignInWithCookieAsync(Role.Advisor);
        var home = await session.Client.GetAsync("/");
        Assert.Equal("/app", home.Headers.Location!.OriginalString);
        var board = await session.Client.GetAsync("/app");
        Assert.Equal("/app/today", board.Headers.Location!.PathAndQuery());
    }
}

internal static class UriPaths
{
    /// <summary>A redirect's target without the test server's origin.</summary>
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
