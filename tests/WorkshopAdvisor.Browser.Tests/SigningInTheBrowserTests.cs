using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Browser.Tests.Infrastructure;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Browser.Tests;

/// <summary>The customer's signing link opened on a phone, as the customer would use it.</summary>
public sealed class SigningInTheBrowserTests(BrowserShop shop) : IClassFixture<BrowserShop>
{
    /// <summary>An order waiting for the customer (labour ¥540.00, parts ¥1,036.50, ceiling ¥2,000.00) and the link for it.</summary>
    private async Task<(RepairOrderResponse Order, string Url)> AwaitingTheCustomerAsync()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        order = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates",
            Workshop.Estimate(promised: shop.Clock.GetUtcNow().AddDays(1), ceiling: 2_000m))).Read<RepairOrderResponse>();
        var (link, _) = await shop.SigningLinkAsync(order.Id, 1);
        Assert.StartsWith(shop.BaseUrl + "/sign/", link.Url, StringComparison.Ordinal);
        return (order, link.Url);
    }

    private Task<RepairOrderResponse> OrderAsync(long id) => shop.As(Role.Advisor).GetAsync($"/repair-orders/{id}").Result.Read<RepairOrderResponse>();

    /// <summary>A name written with a finger: a wave across the pad and a flourish under it.</summary>
    private static void Sign(Chromium phone)
    {
        var pad = phone.Find("#pad");
        phone.DrawWithFinger(pad, [.. Enumerable.Range(0, 25).Select(i => (-120 + (i * 10), (int)(30 * Math.Sin(i / 2.0))))]);
        phone.DrawWithFinger(pad, [(-80, 55), (-20, 60), (40, 58), (100, 50)]);
        phone.WaitUntil(() => pad.GetAttribute("class")?.Contains("inked", StringComparison.Ordinal) == true, "the pad to show ink");
    }

    private static void Submit(Chromium phone)
    {
        phone.Tap("#submit");
        phone.WaitFor("#done");
    }

    [BrowserFact]
    public async Task Customer_OnAPhone_ApprovesSignsWithAFingerAndSubmits_TheOrderMovesAndTheDrawnSignatureIsStored()
    {
        var (order, url) = await AwaitingTheCustomerAsync();
        using var phone = Chromium.Phone(shop.BaseUrl);

        phone.Open(url);
        phone.WaitFor("#sign-form");
        Assert.Contains("2,000.00", phone.Find("tr.ceiling").Text, StringComparison.Ordinal);
        Assert.Equal("¥0.00", phone.Find("#approved-total").Text);
        phone.Click("#approve-all");
        Assert.Equal("¥1,576.50", phone.Find("#approved-total").Text);
        phone.Type("#name", "张伟");
        Sign(phone);
        phone.Screenshot("pages-signing");
        Submit(phone);
        phone.Screenshot("pages-signing-done");
        phone.AssertNoPageErrors();

        Assert.Contains("¥1,576.50", phone.Find("#approved-sum").Text, StringComparison.Ordinal);
        var after = await OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Approved, after.Status);
        Assert.Equal(2, after.Jobs.Count);
        var decision = after.Estimates[0].Decision!;
        Assert.Equal((DecisionMethod.Remote, "张伟"), (decision.Method, decision.DecidedBy));
        Assert.Contains("MicroMessenger", decision.Remote!.UserAgent, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", decision.Remote.IpAddress);
        var signature = Assert.Single(after.Signatures);
        Assert.Equal((SignatureParty.Customer, SignatureMethod.Remote, order.Estimates[0].ContentHash), (signature.Party, signature.Method, signature.ContentHash));
        var png = await shop.As(Role.Advisor).GetByteArrayAsync($"/repair-orders/{order.Id}/signatures/customer");
        var (width, height) = Png.Size(png);
        Assert.True(width >= 500 && height == 400, $"a {width}×{height} signature: the pad at the phone's pixel ratio of 2 was expected");
        Assert.True(Png.InkedBytes(png) > 1_000, "the stored signature is blank");
    }

    [BrowserFact]
    public async Task Customer_DecliningALine_SeesItStruckOutAndTheTotalDrop_AndItIsRecordedDeclined()
    {
        var (order, url) = await AwaitingTheCustomerAsync();
        using var phone = Chromium.Phone(shop.BaseUrl);

        phone.Open(url);
        phone.Click("#approve-all");
        phone.Click("li.line[data-line='2'] label.decline");
        phone.WaitUntil(() => phone.Find("li.line[data-line='2']").GetAttribute("class")!.Contains("declined", StringComparison.Ordinal), "line 2 struck out");
        Assert.Equal("¥1,486.50", phone.Find("#approved-total").Text);
        phone.Type("#name", "张伟");
        Sign(phone);
        phone.Screenshot("signing-declined-line");
        Submit(phone);

        var declined = phone.Find("ul.result li.declined");
        Assert.Contains("更换机油机滤", declined.Text, StringComparison.Ordinal);
        var after = await OrderAsync(order.Id);
        Assert.Equal(LineDecision.Declined, after.Estimates[0].LabourLines.Single(l => l.Number == 2).Decision);
        Assert.Equal([1], after.Jobs.Select(j => j.LineNumber));
    }

    [BrowserFact]
    public async Task Customer_SubmittingWithoutSigning_IsAskedToSignAndNothingIsSent()
    {
        var (order, url) = await AwaitingTheCustomerAsync();
        using var phone = Chromium.Phone(shop.BaseUrl);

        phone.Open(url);
        phone.Click("#approve-all");
        phone.Type("#name", "张伟");
        phone.Click("#submit");

        Assert.Contains("请在签名框内签名", phone.WaitFor("#form-error").Text, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.AwaitingApproval, (await OrderAsync(order.Id)).Status);
    }

    [BrowserFact]
    public async Task Customer_OpeningAnExpiredLink_SeesThatItExpired()
    {
        var (order, url) = await AwaitingTheCustomerAsync();
        var saved = shop.Clock.GetUtcNow();
        shop.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        try
        {
            using var phone = Chromium.Phone(shop.BaseUrl);
            phone.Open(url);

            var notice = phone.WaitFor("#notice");
            Assert.Equal("expired", notice.GetAttribute("data-reason"));
            Assert.Contains("此链接已过期", notice.Text, StringComparison.Ordinal);
            Assert.Contains("expired", notice.Text, StringComparison.Ordinal);
            Assert.Empty(phone.FindAll("#sign-form"));
            phone.Screenshot("pages-signing-expired");
            // The page is served as 410 Gone, which the browser reports; nothing else went wrong.
            Assert.Equal("410 (Gone)", Assert.Single(phone.PageErrors())[^10..]);
        }
        finally
        {
            shop.Clock.Set(saved);
        }
        Assert.Equal(OrderStatus.AwaitingApproval, (await OrderAsync(order.Id)).Status);
    }

    [BrowserFact]
    public async Task Customer_OpeningTheLinkAgainAfterSigning_SeesThatItWasUsed()
    {
        var (_, url) = await AwaitingTheCustomerAsync();
        using var phone = Chromium.Phone(shop.BaseUrl);
        phone.Open(url);
        phone.Click("#approve-all");
        phone.Type("#name", "张伟");
        Sign(phone);
        Submit(phone);

        phone.Open(url);

        var notice = phone.WaitFor("#notice");
        Assert.Equal("used", notice.GetAttribute("data-reason"));
        Assert.Contains("此链接已使用", notice.Text, StringComparison.Ordinal);
        Assert.Empty(phone.FindAll("#sign-form"));
        phone.Screenshot("pages-signing-used");
    }
}
