using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Features.Signing;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Tests.Signing;

/// <summary>The customer's signing link: what it shows, what a submission does, and every way it refuses.</summary>
public sealed partial class SigningPageTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private async Task<RepairOrderResponse> AwaitingApprovalAsync(decimal? ceiling = null)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        return await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates",
            Workshop.Estimate(promised: shop.Clock.GetUtcNow().AddDays(1), ceiling: ceiling))).Read<RepairOrderResponse>();
    }

    private Task<RepairOrderResponse> OrderAsync(long id) => shop.As(Role.Advisor).GetAsync($"/repair-orders/{id}").Result.Read<RepairOrderResponse>();

    [Fact]
    public async Task CreateSigningLink_ForThePendingVersion_GivesAnUnguessableLinkForTheConfiguredHoursAndStoresOnlyItsHash()
    {
        var order = await AwaitingApprovalAsync();

        var response = await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates/1/signing-link");
        var link = await response.Read<SigningLinkResponse>();

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var token = TokenIn().Match(link.Url);
        Assert.True(token.Success, link.Url);
        Assert.Equal(shop.Clock.GetUtcNow().UtcDateTime.AddHours(24), link.ExpiresAt);
        await using var scope = shop.Api.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WorkshopDbContext>().SigningLinks.AsNoTracking().SingleAsync(l => l.RepairOrderId == order.Id);
        Assert.Equal(SigningTokens.Hash(token.Groups[1].Value), stored.TokenHash);
        Assert.NotEqual(token.Groups[1].Value, stored.TokenHash);
        Assert.Equal(order.Estimates[0].ContentHash, stored.ContentHash);
    }

    [Fact]
    public async Task CreateSigningLink_ForAVersionAlreadyDecided_Is409()
    {
        var order = await AwaitingApprovalAsync();
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);

        var response = await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/estimates/1/signing-link");

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/version-not-pending");
    }

    [Fact]
    public async Task OpenLink_ShowsThisVersionsLinesTotalsCeilingTimeAndTerms_AndNothingAboutTheCustomer()
    {
        var order = await AwaitingApprovalAsync(ceiling: 2_000m);
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var response = await shop.Anonymous().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        foreach (var shown in new[] { "更换正时链条张紧器", "更换机油机滤", "06K109467K", "机油 5W-40", "原厂 Genuine", "同质 Equivalent", order.Number, order.Estimates[0].ContentHash, "2026-11-24 09:30", "质量保证期" })
        {
            Assert.Contains(shown, html, StringComparison.Ordinal);
        }
        // Amounts (HTML-encoded ¥): labour, parts, total, ceiling.
        foreach (var amount in new[] { "540.00", "1,036.50", "1,576.50", "2,000.00" })
        {
            Assert.Contains(amount, html, StringComparison.Ordinal);
        }
        foreach (var hidden in new[] { order.Customer.Name, order.Customer.Phone!, order.Vehicle.Vin, order.Vehicle.Plate!, "北京市", order.Advisor.Name })
        {
            Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenLink_SendsNoStoreNoReferrerAndAStrictContentSecurityPolicy()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var response = await shop.Anonymous().GetAsync(path);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ApprovingWithASignature_MovesTheOrderOnAsAtTheCounterAndSignsTheWorkOrderRemotely()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);
        var customer = shop.Anonymous();
        customer.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148");

        var response = await customer.PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], contentHash: order.Estimates[0].ContentHash));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已提交", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Approved, after.Status);
        Assert.Equal(2, after.Jobs.Count);
        var decision = after.Estimates[0].Decision!;
        Assert.Equal((DecisionMethod.Remote, "张伟", order.Estimates[0].ContentHash), (decision.Method, decision.DecidedBy, decision.ContentHash));
        Assert.Null(decision.RecordedBy);
        Assert.Contains("iPhone", decision.Remote!.UserAgent, StringComparison.Ordinal);
        var signature = Assert.Single(after.Signatures);
        Assert.Equal((SignatureParty.Customer, SignatureMethod.Remote, "张伟", order.Estimates[0].ContentHash),
            (signature.Party, signature.Method, signature.SignerName, signature.ContentHash));
        Assert.Equal(TestImages.SignaturePng, await shop.As(Role.Advisor).GetByteArrayAsync($"/repair-orders/{order.Id}/signatures/customer"));
        Assert.Equal(TestImages.SignaturePng, await shop.As(Role.Advisor).GetByteArrayAsync(decision.Remote.SignatureUrl));
    }

    [Fact]
    public async Task Submit_ThroughTheLink_IsAuditedAsTheCustomerNotAsStaff()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], name: "张伟"));

        var audit = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/audit")).Read<List<AuditEntryResponse>>();
        Assert.Contains(audit, a => a.Action == "CreateSigningLink" && a.ActorName == ShopFixture.DisplayName(Role.Advisor));
        var decided = Assert.Single(audit, a => a.Action == "RecordCustomerDecision");
        Assert.Equal(("Customer", "张伟 (签字链接)"), (decided.ActorRole, decided.ActorName));
    }

    [Fact]
    public async Task Submit_DecliningALine_RecordsItDeclinedAndMakesNoJobForIt()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var response = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 3, 4], [2]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await OrderAsync(order.Id);
        Assert.Equal(LineDecision.Declined, after.Estimates[0].LabourLines.Single(l => l.Number == 2).Decision);
        Assert.Equal([1], after.Jobs.Select(j => j.LineNumber));
        Assert.Equal(450m + 1_036.50m, after.Totals.Total);
    }

    [Fact]
    public async Task Submit_DecliningEverything_LeavesTheOrderDeclinedWithTheSignatureOnTheDecisionOnly()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        await shop.Anonymous().PostAsync(path, SigningLinks.Form([], [1, 2, 3, 4]));

        var after = await OrderAsync(order.Id);
        Assert.Equal(OrderStatus.EstimateDeclined, after.Status);
        Assert.Empty(after.Signatures);
        Assert.NotNull(after.Estimates[0].Decision!.Remote!.SignatureUrl);
    }

    [Fact]
    public async Task Submit_ASecondTime_Is410UsedAndChangesNothing()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);
        await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], []));
        var before = await OrderAsync(order.Id);

        var again = await shop.Anonymous().PostAsync(path, SigningLinks.Form([], [1, 2, 3, 4]));
        var reopened = await shop.Anonymous().GetAsync(path);

        await AssertRefusalPage(again, HttpStatusCode.Gone, "used");
        await AssertRefusalPage(reopened, HttpStatusCode.Gone, "used");
        Assert.Equal(before.Version, (await OrderAsync(order.Id)).Version);
    }

    [Fact]
    public async Task OpenLink_AfterItsLifetime_Is410Expired()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);
        var saved = shop.Clock.GetUtcNow();
        shop.Clock.Advance(TimeSpan.FromHours(24));
        try
        {
            await AssertRefusalPage(await shop.Anonymous().GetAsync(path), HttpStatusCode.Gone, "expired");
            await AssertRefusalPage(await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [])), HttpStatusCode.Gone, "expired");
        }
        finally
        {
            shop.Clock.Set(saved);
        }
        Assert.Equal(OrderStatus.AwaitingApproval, (await OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task OpenLink_AfterANewLinkWasMade_Is410Replaced()
    {
        var order = await AwaitingApprovalAsync();
        var (_, first) = await shop.SigningLinkAsync(order.Id, 1);
        var (_, second) = await shop.SigningLinkAsync(order.Id, 1);

        await AssertRefusalPage(await shop.Anonymous().GetAsync(first), HttpStatusCode.Gone, "revoked");
        Assert.Equal(HttpStatusCode.OK, (await shop.Anonymous().GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Submit_AfterTheEstimateWasRevised_Is410AndNothingIsRecorded()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);
        Assert.Equal(HttpStatusCode.OK, (await shop.Anonymous().GetAsync(path)).StatusCode);
        await shop.EstimateAsync(order.Id);

        var response = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], contentHash: order.Estimates[0].ContentHash));

        await AssertRefusalPage(response, HttpStatusCode.Gone, "outdated");
        var after = await OrderAsync(order.Id);
        Assert.All(after.Estimates, v => Assert.Null(v.Decision));
    }

    [Fact]
    public async Task Submit_WithAContentHashOtherThanTheVersions_IsRefusedAndNothingIsRecorded()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var response = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], contentHash: new string('0', 64)));

        await AssertRefusalPage(response, HttpStatusCode.Gone, "outdated");
        Assert.Null((await OrderAsync(order.Id)).Estimates[0].Decision);
    }

    [Theory]
    [InlineData("1,2,3", "张伟", true, "请对每一项")]
    [InlineData("1,2,3,4", "", true, "请填写您的姓名")]
    [InlineData("1,2,3,4", "张伟", false, "请在签名框内签名")]
    public async Task Submit_Incomplete_Is400WithTheFormAgainAndTheReason(string approved, string name, bool withSignature, string reason)
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);
        var form = SigningLinks.Form(approved.Split(',').Select(int.Parse), [], name, signature: withSignature ? null : string.Empty);

        var response = await shop.Anonymous().PostAsync(path, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains("id=\"sign-form\"", html, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.AwaitingApproval, (await OrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Submit_WithSomethingThatIsNotAPng_Is400AndAsksToSignAgain()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var response = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], signature: "data:image/png;base64,PHN2Zz48L3N2Zz4="));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("签名未能读取", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sign/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/sign/not-a-token")]
    [InlineData("/sign/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task OpenLink_ThatDoesNotExist_Is404FriendlyPageWithoutInternals(string path)
    {
        await AssertRefusalPage(await shop.Anonymous().GetAsync(path), HttpStatusCode.NotFound, "not-found");
        await AssertRefusalPage(await shop.Anonymous().PostAsync(path, SigningLinks.Form([1], [])), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Submit_ForASupplementaryEstimate_DecidesItRemotelyAndLeavesTheWorkOrderSignatureAsItWas()
    {
        var order = await AwaitingApprovalAsync();
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/extra-faults", new { description = "左前刹车片磨损到极限", jobNumber = 1 })).Read<RepairOrderResponse>();
        var supplementary = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/supplementary-estimates", new
        {
            labourLines = new[] { new { description = "更换前刹车片", hours = 1m, rate = 180m } },
            partLines = new[] { new { partNumber = "BP-1234", name = "前刹车片", quantity = 1m, unitPrice = 450m, grade = "Genuine" } },
            extraFaultNumbers = new[] { 1 },
        })).Read<RepairOrderResponse>();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 2);

        var page = await (await shop.Anonymous().GetAsync(path)).Content.ReadAsStringAsync();
        var response = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1], [2], contentHash: supplementary.Estimates[1].ContentHash));

        Assert.Contains("增项单", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await OrderAsync(order.Id);
        var decision = after.Estimates[1].Decision!;
        Assert.Equal((DecisionMethod.Remote, supplementary.Estimates[1].ContentHash), (decision.Method, decision.ContentHash));
        Assert.NotNull(decision.Remote!.SignatureUrl);
        var workOrder = Assert.Single(after.Signatures, s => s.Party == SignatureParty.Customer);
        Assert.Equal((SignatureMethod.InPerson, order.Estimates[0].ContentHash), (workOrder.Method, workOrder.ContentHash));
        Assert.Equal(3, after.Jobs.Count);
    }

    [Fact]
    public async Task Submit_TwiceAtTheSameMoment_RecordsOneDecisionAndTellsTheOtherTheLinkWasUsed()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var responses = await Task.WhenAll(
            shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], name: "张伟")),
            shop.Anonymous().PostAsync(path, SigningLinks.Form([], [1, 2, 3, 4], name: "李娜")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Gone], responses.Select(r => r.StatusCode).Order());
        var after = await OrderAsync(order.Id);
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "张伟" : "李娜";
        Assert.Equal(winner, after.Estimates[0].Decision!.DecidedBy);
        var audit = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}/audit")).Read<List<AuditEntryResponse>>();
        Assert.Single(audit, a => a.Action == "RecordCustomerDecision");
    }

    [Fact]
    public async Task Submit_LargerThanASignatureCouldBe_IsRefused()
    {
        var order = await AwaitingApprovalAsync();
        var (_, path) = await shop.SigningLinkAsync(order.Id, 1);

        var response = await shop.Anonymous().PostAsync(path, SigningLinks.Form([1, 2, 3, 4], [], signature: "data:image/png;base64," + new string('A', 2 * 1024 * 1024)));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        Assert.Equal(OrderStatus.AwaitingApproval, (await OrderAsync(order.Id)).Status);
    }

    public static async Task AssertRefusalPage(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"data-reason=\"{reason}\"", html, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]", html);
        Assert.DoesNotContain(" at WorkshopAdvisor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [GeneratedRegex("^http://localhost/sign/([A-Za-z0-9_-]{43})$")]
    private static partial Regex TokenIn();
}
