using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

/// <summary>
/// The rules that decide what the customer is charged, each at its boundary, over HTTP: the ceiling (最高不超过),
/// the discount the front desk may give alone, the estimate's findings, and returns at the shop's cost.
/// The standard estimate is ¥1,576.50 (labour ¥540.00, parts ¥1,036.50).
/// </summary>
public sealed class SettlementRulesTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private HttpClient Advisor => shop.As(Role.Advisor);

    /// <summary>Approved in full under a ceiling of ¥1,600.00, job 1 started, an extra fault reported.</summary>
    private async Task<RepairOrderResponse> InWorkshopUnderACeilingOf1600Async()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await (await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(promised: shop.Clock.GetUtcNow().AddDays(1), ceiling: 1600m)))
            .Read<RepairOrderResponse>();
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        return await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/extra-faults", new { description = "右前减震器上座松动", jobNumber = 1 }))
            .Read<RepairOrderResponse>();
    }

    private Task<HttpResponseMessage> SupplementAsync(long orderId, decimal labour, decimal? ceiling = null) =>
        Advisor.PostJson($"/repair-orders/{orderId}/supplementary-estimates", new
        {
            ceiling,
            labourLines = new[] { new { description = "紧固右前减震器上座", hours = 1m, rate = labour } },
            extraFaultNumbers = new[] { 1 },
        });

    private Task<HttpResponseMessage> ApproveSupplementAsync(long orderId, decimal? consentedCeiling = null) =>
        Advisor.PostJson($"/repair-orders/{orderId}/estimates/2/decision", new { approvedLines = new[] { 1 }, decidedBy = "张伟", consentedCeiling });

    private static async Task AssertRuleAsync(HttpResponseMessage response, string rule, string status, string allowedAction)
    {
        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/" + rule);
        Assert.Equal(status, problem.GetProperty("currentStatus").GetString());
        Assert.Contains(allowedAction, problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task CeilingRule_WhenASupplementTakesTheChargesExactlyToTheCeiling_IsAccepted()
    {
        var order = await InWorkshopUnderACeilingOf1600Async();
        await (await SupplementAsync(order.Id, 23.50m)).Read<RepairOrderResponse>();

        order = await (await ApproveSupplementAsync(order.Id)).Read<RepairOrderResponse>();

        Assert.Equal((1600.00m, 1600.00m), (order.Totals.Total, order.CeilingInForce));
    }

    [Fact]
    public async Task CeilingRule_WhenASupplementTakesTheChargesOneFenOver_Is409WithoutTheCustomersConsentToANewCeiling()
    {
        var order = await InWorkshopUnderACeilingOf1600Async();
        await (await SupplementAsync(order.Id, 23.51m)).Read<RepairOrderResponse>();

        var response = await ApproveSupplementAsync(order.Id);

        await AssertRuleAsync(response, "ceiling-exceeded", "InProgress", "IssueSupplementaryEstimate");
        order = await Advisor.GetAsync($"/repair-orders/{order.Id}").Result.Read<RepairOrderResponse>();
        Assert.Equal(1576.50m, order.Totals.Total);
    }

    [Fact]
    public async Task CeilingRule_WhenTheCustomerConsentsToTheNewCeilingTheSupplementProposes_RecordsTheConsentWithTheDecision()
    {
        var order = await InWorkshopUnderACeilingOf1600Async();
        await (await SupplementAsync(order.Id, 300m, ceiling: 1900m)).Read<RepairOrderResponse>();

        var withoutConsent = await ApproveSupplementAsync(order.Id);
        order = await (await ApproveSupplementAsync(order.Id, consentedCeiling: 1900m)).Read<RepairOrderResponse>();

        await AssertRuleAsync(withoutConsent, "ceiling-exceeded", "InProgress", "RecordCustomerDecision");
        Assert.Equal((1876.50m, 1900m), (order.Totals.Total, order.CeilingInForce));
        Assert.Equal(1900m, order.Estimates[1].Decision!.ConsentedCeiling);
    }

    [Fact]
    public async Task CeilingRule_WhenTheChargesStoredAreOverTheCeiling_RefusesTheHandover()
    {
        // An order approved before the rule existed, its supplement above the ceiling: nothing above it leaves the shop.
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await (await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(promised: shop.Clock.GetUtcNow().AddDays(1), ceiling: 1576.50m)))
            .Read<RepairOrderResponse>();
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        await using (var scope = shop.Api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkshopDbContext>().Database.ExecuteSqlRawAsync(
                """UPDATE "EstimateLines" SET "Amount" = "Amount" + 0.01 WHERE "RepairOrderId" = {0} AND "Number" = 1""", order.Id);
        }
        order = await shop.PassInspectionAsync(await shop.DoAllJobsAsync(order.Id));

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, 1576.51m));

        await AssertRuleAsync(response, "ceiling-exceeded", "ReadyForHandover", "HandOver");
    }

    [Fact]
    public async Task DiscountApprovalRule_WhenTheDiscountIsExactlyTheFrontDesksShare_IsAccepted()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);

        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, 1418.85m, discount: 157.65m))).Read<RepairOrderResponse>();

        Assert.Equal(1418.85m, order.Settlement!.AmountDue);
    }

    [Fact]
    public async Task DiscountApprovalRule_WhenTheDiscountIsOneFenOverTheShare_Is409UntilTheManagerApprovesIt()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);
        var handover = Workshop.Handover(order, 1418.84m, discount: 157.66m);

        var refused = await Advisor.PostJson($"/repair-orders/{order.Id}/handover", handover);
        var advisorMayNotApprove = await Advisor.PostJson($"/repair-orders/{order.Id}/discount-approval", new { amount = 157.66m, reason = "老客户" });
        await (await shop.As(Role.Manager).PostJson($"/repair-orders/{order.Id}/discount-approval", new { amount = 157.66m, reason = "A 类老客户，经理特批" }))
            .Read<RepairOrderResponse>();
        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/handover", handover)).Read<RepairOrderResponse>();

        await AssertRuleAsync(refused, "discount-needs-approval", "ReadyForHandover", "ApproveDiscount");
        Assert.Equal(HttpStatusCode.Forbidden, advisorMayNotApprove.StatusCode);
        Assert.Equal((1418.84m, 157.66m), (order.Settlement!.AmountDue, order.DiscountApproval!.Amount));
    }

    [Fact]
    public async Task DiagnosisMissingRule_WhenTheDiagnosisHasNoFinding_Is409OnTheEstimate()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await (await Advisor.PutJson($"/repair-orders/{order.Id}/diagnosis", new { engineTemperature = "Cold", findings = Array.Empty<string>() })).Read<RepairOrderResponse>();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(promised: shop.Clock.GetUtcNow().AddDays(1)));

        await AssertRuleAsync(response, "diagnosis-missing", "Received", "RecordDiagnosis");
    }

    [Fact]
    public async Task AtShopsCostRule_WhenTheRepairFailedTwice_RefusesAnyPaymentAndSettlesAtNothing()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        var first = await ReturnReadyForHandoverAsync(vehicleId, 15_400, original.Id);
        await (await Advisor.PostJson($"/repair-orders/{first.Id}/warranty-cause", new { cause = "Parts" })).Read<RepairOrderResponse>();
        first = await shop.HandOverAsync(first.Id, 0m);
        var second = await ReturnReadyForHandoverAsync(vehicleId, 15_600, first.Id);
        await (await Advisor.PostJson($"/repair-orders/{second.Id}/warranty-cause", new { cause = "CustomerUse", notes = "客户加装改装件" })).Read<RepairOrderResponse>();

        var charged = await Advisor.PostJson($"/repair-orders/{second.Id}/handover", Workshop.Handover(second, 0.01m));
        second = await shop.HandOverAsync(second.Id, 0m);

        await AssertRuleAsync(charged, "at-shops-cost", "ReadyForHandover", "HandOver");
        Assert.True(second.WarrantyReturn!.RepeatedFailure);
        Assert.Equal((1576.50m, 0m, true), (second.Settlement!.Total, second.Settlement.AmountDue, second.Settlement.CoveredByGuarantee));
    }

    [Fact]
    public async Task AtShopsCostRule_WhenWorkmanshipIsTheCauseAfterTheGuaranteeRanOut_ChargesNothing()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var original = await shop.HandedOverAsync(vehicleId);
        var start = shop.Clock.GetUtcNow();
        shop.Clock.Advance(TimeSpan.FromDays(30));
        try
        {
            var ret = await ReturnReadyForHandoverAsync(vehicleId, 16_000, original.Id);
            Assert.False(ret.WarrantyReturn!.InsideGuarantee);
            ret = await (await shop.As(Role.Inspector).PostJson($"/repair-orders/{ret.Id}/warranty-cause", new { cause = "Workmanship", notes = "张紧器螺栓力矩不足" }))
                .Read<RepairOrderResponse>();

            var charged = await Advisor.PostJson($"/repair-orders/{ret.Id}/handover", Workshop.Handover(ret, 1576.50m));
            ret = await shop.HandOverAsync(ret.Id, 0m);

            await AssertRuleAsync(charged, "at-shops-cost", "ReadyForHandover", "HandOver");
            Assert.Equal((true, 0m), (ret.WarrantyReturn!.Covered, ret.Settlement!.AmountDue));
        }
        finally
        {
            shop.Clock.Set(start);
        }
    }

    private async Task<RepairOrderResponse> ReturnReadyForHandoverAsync(long vehicleId, int odometerKm, long originalId)
    {
        var ret = await shop.ReceiveAsync(vehicleId, odometerKm, warrantyReturnOf: originalId);
        await shop.DiagnoseAsync(ret.Id);
        await shop.EstimateAsync(ret.Id);
        await shop.DecideAsync(ret.Id, 1, [1, 2, 3, 4], []);
        return await shop.PassInspectionAsync(await shop.DoAllJobsAsync(ret.Id));
    }
}
