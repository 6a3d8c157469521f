using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Browser.Tests.Infrastructure;

public static class StaffPages
{
    /// <summary>Opens a staff page, is sent to the sign-in page, signs in there as the role, and lands back on the page.</summary>
    public static void SignInAndOpen(this Chromium browser, BrowserShop shop, Role role, string page, string? screenshot = null)
    {
        browser.Open(page);
        browser.WaitFor("#sign-in-form");
        Assert.Equal("/app/sign-in", browser.CurrentPath);
        browser.Type("#userName", shop.UserName(role));
        browser.Type("#password", role == Role.Manager ? ApiFactory.ManagerPassword : shop.Password(role));
        if (screenshot is not null)
        {
            browser.Screenshot(screenshot);
        }
        browser.Click("#sign-in");
        browser.WaitUntil(() => browser.CurrentPath == page, $"to land on {page} after signing in");
    }
}
