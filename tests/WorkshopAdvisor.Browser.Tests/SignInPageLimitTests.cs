using WorkshopAdvisor.Browser.Tests.Infrastructure;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Browser.Tests;

/// <summary>When sign-in attempts for an account run out, the sign-in page says so and nobody is signed in.</summary>
public sealed class SignInPageLimitTests(SignInPageLimitTests.LimitedShop shop) : IClassFixture<SignInPageLimitTests.LimitedShop>
{
    /// <summary>Two attempts a minute per account (the fixture's own sign-ins are one per account, before the test's account exists).</summary>
    public sealed class LimitedShop : BrowserShop
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["RateLimits:SignInPerAccountPerMinute"] = "2" };
    }

    [BrowserFact]
    public async Task SignInPage_WhenTheAccountsAttemptsRunOut_SaysSoAndSignsNobodyIn()
    {
        await (await shop.As(Role.Manager).PostJson("/users", new { userName = "counter2", displayName = "吴静", role = Role.Advisor, password = "counter2-password" }))
            .Read<System.Text.Json.JsonElement>();
        using var tablet = Chromium.Tablet(shop.BaseUrl);
        tablet.Open("/app/sign-in");

        foreach (var password in new[] { "mistyped-1", "mistyped-2", "counter2-password" })
        {
            tablet.Type("#userName", "counter2");
            tablet.Type("#password", password);
            tablet.Click("#sign-in");
            tablet.WaitUntil(() => tablet.Find("#message").Displayed && tablet.Find("#sign-in").Enabled, "the answer to the sign-in");
        }

        var message = tablet.Find("#message").Text;
        Assert.Contains("登录尝试次数过多", message, StringComparison.Ordinal);
        Assert.Contains("Too many sign-in attempts; try again in", message, StringComparison.Ordinal);
        Assert.Equal("/app/sign-in", tablet.CurrentPath);
        tablet.Open("/app/today");
        tablet.WaitFor("#sign-in-form");
        Assert.Equal("/app/sign-in", tablet.CurrentPath);
    }
}
