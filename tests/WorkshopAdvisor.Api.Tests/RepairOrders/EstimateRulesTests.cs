using System.Net;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

public sealed class EstimateRulesTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Advisor => shop.As(Role.Advisor);

    private async Task<RepairOrderResponse> DiagnosedOrderAsync()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        return await shop.DiagnoseAsync(order.Id);
    }

    [Fact]
    public async Task IssueEstimate_BeforeDiagnosis_Is409()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate());

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/diagnosis-missing");
    }

    [Fact]
    public async Task IssueEstimate_WithNegativeQuantityOrThreeDecimalPrice_Is400OnThoseLines()
    {
        var order = await DiagnosedOrderAsync();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", new
        {
            category = "MinorRepair",
            promisedCompletionAt = "2026-11-24T17:00:00+08:00",
            labourLines = new[] { new { description = "检查", hours = -1m, rate = 180m } },
            partLines = new[] { new { partNumber = "X1", name = "滤清器", quantity = 1m, unitPrice = 12.345m, grade = "Genuine" } },
        });

        await response.AssertFieldError("labourLines[0].hours");
        await response.AssertFieldError("partLines[0].unitPrice");
    }

    [Fact]
    public async Task IssueEstimate_PartsMarkedGenuineEquivalentOrRepaired_KeepTheirMarkAndAnUnmarkedPartIsGenuine()
    {
        var order = await DiagnosedOrderAsync();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", new
        {
            category = "MinorRepair",
            promisedCompletionAt = "2026-11-24T17:00:00+08:00",
            partLines = new object[]
            {
                new { partNumber = "X1", name = "机油滤清器", quantity = 1m, unitPrice = 45m },
                new { partNumber = "X2", name = "空调滤清器", quantity = 1m, unitPrice = 60m, grade = "Equivalent" },
                new { partNumber = "X3", name = "发电机（修复件）", quantity = 1m, unitPrice = 800m, grade = "Repaired" },
            },
        });

        var parts = (await response.Read<RepairOrderResponse>()).Estimates.Single().PartLines;
        Assert.Equal([PartGrade.Genuine, PartGrade.Equivalent, PartGrade.Repaired], parts.Select(p => p.Grade));
    }

    [Fact]
    public async Task IssueEstimate_WithAPartGradeThatIsNotGenuineEquivalentOrRepaired_Is400OnItsGrade()
    {
        var order = await DiagnosedOrderAsync();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", new
        {
            category = "MinorRepair",
            promisedCompletionAt = "2026-11-24T17:00:00+08:00",
            partLines = new[] { new { partNumber = "X1", name = "机油滤清器", quantity = 1m, unitPrice = 45m, grade = 7 } },
        });

        await response.AssertFieldError("partLines[0].grade");
    }

    [Fact]
    public async Task IssueEstimate_WithCeilingBelowItsOwnTotal_Is400OnCeiling()
    {
        var order = await DiagnosedOrderAsync();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(ceiling: 1000m));

        await response.AssertFieldError("ceiling");
    }

    [Fact]
    public async Task IssueEstimate_WithPromiseInThePast_Is400()
    {
        var order = await DiagnosedOrderAsync();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(promised: new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8))));

        await response.AssertFieldError("promisedCompletionAt");
    }

    [Fact]
    public async Task Decision_WithStaleContentHash_Is409AndNothingIsApproved()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates/1/decision",
            new { approvedLines = new[] { 1, 2, 3, 4 }, decidedBy = "张伟", contentHash = new string('0', 64) });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/estimate-changed");
        var after = await (await Advisor.GetAsync($"/repair-orders/{order.Id}")).Read<RepairOrderResponse>();
        Assert.Equal(OrderStatus.AwaitingApproval, after.Status);
        Assert.Null(after.Estimates.Single().Decision);
    }

    [Fact]
    public async Task Decision_OnAVersionReplacedByARevision_Is409AndTheRevisionNeedsItsOwnDecision()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);
        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(ceiling: 2500m))).Read<RepairOrderResponse>();
        Assert.Equal([VersionState.Superseded, VersionState.Pending], order.Estimates.Select(e => e.State));

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates/1/decision", new { approvedLines = new[] { 1, 2, 3, 4 }, decidedBy = "张伟" });

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/version-not-pending");
        order = await shop.DecideAsync(order.Id, 2, [1, 2, 3, 4], []);
        Assert.Equal(OrderStatus.Approved, order.Status);
        Assert.Equal(order.Estimates[1].ContentHash, order.Estimates[1].Decision!.ContentHash);
    }

    [Fact]
    public async Task RevisedEstimate_AfterApprovalButBeforeWork_NeedsANewApproval()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);

        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate())).Read<RepairOrderResponse>();

        Assert.Equal(OrderStatus.AwaitingApproval, order.Status);
        Assert.Empty(order.Jobs);
        var start = await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start");
        await start.AssertProblem(HttpStatusCode.Conflict, "/problems/status-conflict");
    }

    [Fact]
    public async Task Decision_DecliningEveryLine_LeavesTheOrderDeclinedAndItCanBeCancelled()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);

        order = await shop.DecideAsync(order.Id, 1, [], [1, 2, 3, 4]);
        Assert.Equal(OrderStatus.EstimateDeclined, order.Status);
        Assert.All(order.Estimates[0].LabourLines.Concat(order.Estimates[0].PartLines), l => Assert.Equal(LineDecision.Declined, l.Decision));

        var cancelled = await (await Advisor.PostJson($"/repair-orders/{order.Id}/cancellation", new { reason = "客户自行处理" })).Read<RepairOrderResponse>();
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
    }

    [Fact]
    public async Task Decision_LeavingALineUndecided_Is400()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates/1/decision", new { approvedLines = new[] { 1, 3 }, decidedBy = "张伟" });

        var message = await response.AssertFieldError("lines");
        Assert.Contains("2, 4", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_RefusedInTheCurrentStatus_Is409NamingTheStatusAndWhatIsAllowed()
    {
        var order = await DiagnosedOrderAsync();

        var response = await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection", Workshop.PassingInspection(order, [1]));

        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/status-conflict");
        Assert.Equal("Received", problem.GetProperty("currentStatus").GetString());
        var allowed = problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("IssueEstimate", allowed);
        Assert.Contains("Received", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignWorkOrder_StoresTheSignatureBoundToTheContractVersion()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);
        order = await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], [], sign: false);
        var png = Convert.ToBase64String(TestImages.SignaturePng);

        order = await (await Advisor.PutJson($"/repair-orders/{order.Id}/signatures/customer", new { signerName = "张伟", imagePng = "data:image/png;base64," + png })).Read<RepairOrderResponse>();

        var signature = Assert.Single(order.Signatures);
        Assert.Equal(order.Estimates[0].ContentHash, signature.ContentHash);
        var image = await Advisor.GetByteArrayAsync(signature.ImageUrl);
        Assert.Equal(TestImages.SignaturePng, image);
    }

    [Fact]
    public async Task SignWorkOrder_WithSomethingThatIsNotAPng_Is400()
    {
        var order = await DiagnosedOrderAsync();
        await shop.EstimateAsync(order.Id);
        order = await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);

        var response = await Advisor.PutJson($"/repair-orders/{order.Id}/signatures/customer", new { signerName = "张伟", imagePng = Convert.ToBase64String("GIF89a..."u8.ToArray()) });

        await response.AssertFieldError("imagePng");
    }
}
