using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Browser.Tests.Infrastructure;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Browser.Tests;

/// <summary>The advisor's today board on a tablet at the counter.</summary>
public sealed class TodayBoardTests(BrowserShop shop) : IClassFixture<BrowserShop>
{
    private async Task<RepairOrderResponse> AwaitingApprovalAsync(TimeSpan promisedIn)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        return await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates",
            Workshop.Estimate(promised: shop.Clock.GetUtcNow().Add(promisedIn)))).Read<RepairOrderResponse>();
    }

    [BrowserFact]
    public async Task AdvisorBoard_ShowsALateOrderHighlighted_AndTheWorkshopsProgress()
    {
        // Promised for two hours from now, started in the workshop; then three hours pass.
        var late = await AwaitingApprovalAsync(TimeSpan.FromHours(2));
        await shop.DecideAsync(late.Id, 1, [1, 2, 3, 4], []);
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{late.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{late.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        var onTime = await AwaitingApprovalAsync(TimeSpan.FromDays(1));
        var (_, readyVehicle) = await shop.RegisterCarAsync();
        var ready = await shop.ReadyForHandoverAsync(readyVehicle);
        var saved = shop.Clock.GetUtcNow();
        shop.Clock.Advance(TimeSpan.FromHours(3));
        try
        {
            using var tablet = Chromium.Tablet(shop.BaseUrl, 1280, 800);
            tablet.SignInAndOpen(shop, Role.Advisor, "/app/today");

            var lateCard = tablet.WaitFor($"#late article.order.is-late[data-order='{late.Number}']");
            Assert.Contains("超时", lateCard.Text, StringComparison.Ordinal);
            var inWorkshop = tablet.WaitFor($"#in-workshop article.order[data-order='{late.Number}']");
            Assert.Contains("is-late", inWorkshop.GetAttribute("class"), StringComparison.Ordinal);
            Assert.Contains(ShopFixture.DisplayName(Role.Technician), inWorkshop.Text, StringComparison.Ordinal);
            Assert.Contains("0/2", inWorkshop.Text, StringComparison.Ordinal);
            tablet.WaitFor($"#awaiting-approval article.order[data-order='{onTime.Number}']");
            Assert.Empty(tablet.FindAll($"#late article.order[data-order='{onTime.Number}']"));
            tablet.WaitFor($"#ready article.order[data-order='{ready.Number}']");
            Assert.True(tablet.Find("#care-calls").GetAttribute("hidden") is not null, "the care-calls section shows although nothing provides it yet");
            tablet.Screenshot("pages-today");
            tablet.AssertNoPageErrors();

            tablet.Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
            tablet.WaitFor($"#late article.order[data-order='{late.Number}']");
            tablet.Screenshot("today-phone");
        }
        finally
        {
            shop.Clock.Set(saved);
        }
    }

    [BrowserFact]
    public async Task AdvisorBoard_MakesASigningLinkThatOpensTheSigningPage()
    {
        var order = await AwaitingApprovalAsync(TimeSpan.FromDays(1));
        using var tablet = Chromium.Tablet(shop.BaseUrl);
        tablet.SignInAndOpen(shop, Role.Advisor, "/app/today");
        var card = $"#awaiting-approval article.order[data-order='{order.Number}']";

        tablet.Click(card + " button.make-link");
        var link = tablet.WaitFor(card + " input.signing-url").GetAttribute("value")!;
        tablet.Screenshot("today-signing-link");

        Assert.StartsWith(shop.BaseUrl + "/sign/", link, StringComparison.Ordinal);
        using var phone = Chromium.Phone(shop.BaseUrl);
        phone.Open(link);
        Assert.Contains(order.Number, phone.WaitFor(".summary").Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AdvisorBoard_ShowsAnOrderAnotherAdvisorReceivedMeanwhile_WithoutReloading()
    {
        using var tablet = Chromium.Tablet(shop.BaseUrl);
        tablet.SignInAndOpen(shop, Role.Manager, "/app/today");
        tablet.WaitFor("#status");

        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);

        tablet.WaitFor($"#arrived article.order[data-order='{order.Number}']");
        tablet.WaitFor($"#awaiting-estimate article.order[data-order='{order.Number}']");
    }
}
