using System.Net;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

/// <summary>
/// Over HTTP, each at its boundary: the signatures the work order and the handover need (and the manager's
/// override), extra faults decided before final inspection, the road test after safety work, and the accessories
/// counted back at handover.
/// </summary>
public sealed class SignatureAndInspectionRulesTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private static readonly string Png = Convert.ToBase64String(TestImages.SignaturePng);

    /// <summary>The start of a JPEG as a phone's camera writes it: enough for the API to know a photo from anything else.</summary>
    private static readonly string Jpeg = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9]);

    private HttpClient Advisor => shop.As(Role.Advisor);

    private async Task<RepairOrderResponse> ApprovedUnsignedAsync()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], [], sign: false);
        return await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/1/dispatch", new { technicianId = shop.StaffId(Role.Technician) }))
            .Read<RepairOrderResponse>();
    }

    private Task<HttpResponseMessage> StartJob1Async(long orderId) => shop.As(Role.Technician).PostJson($"/repair-orders/{orderId}/jobs/1/start");

    private static async Task AssertRuleAsync(HttpResponseMessage response, string rule, string status)
    {
        var problem = await response.AssertProblem(HttpStatusCode.Conflict, "/problems/" + rule);
        Assert.Equal(status, problem.GetProperty("currentStatus").GetString());
        Assert.NotEmpty(problem.GetProperty("allowedActions").EnumerateArray());
    }

    [Fact]
    public async Task WorkOrderUnsignedRule_WhenOnlyTheCustomerHasSigned_Is409UntilTheAdvisorSignsToo()
    {
        var order = await ApprovedUnsignedAsync();
        await (await Advisor.PutJson($"/repair-orders/{order.Id}/signatures/customer", new { signerName = "张伟", imagePng = Png })).Read<RepairOrderResponse>();

        var refused = await StartJob1Async(order.Id);
        order = await (await Advisor.PutJson($"/repair-orders/{order.Id}/signatures/advisor", new { imagePng = Png })).Read<RepairOrderResponse>();
        var started = await (await StartJob1Async(order.Id)).Read<RepairOrderResponse>();

        await AssertRuleAsync(refused, "work-order-unsigned", "Approved");
        Assert.True(order.WorkOrderSigned);
        Assert.Equal(OrderStatus.InProgress, started.Status);
    }

    [Fact]
    public async Task WorkOrderUnsignedRule_WhenAPhotoOfThePaperSignedByBothIsAttached_CountsAsBothSignatures()
    {
        var order = await ApprovedUnsignedAsync();

        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/signatures/paper", new { customerName = "张伟", image = "data:image/jpeg;base64," + Jpeg }))
            .Read<RepairOrderResponse>();
        var started = await (await StartJob1Async(order.Id)).Read<RepairOrderResponse>();
        var photo = await Advisor.GetAsync($"/repair-orders/{order.Id}/signatures/customer");

        Assert.All(order.Signatures, s => Assert.Equal(SignatureMethod.Paper, s.Method));
        Assert.Equal(["Advisor", "Customer"], order.Signatures.Select(s => s.Party.ToString()).Order());
        Assert.Equal(OrderStatus.InProgress, started.Status);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WorkOrderUnsignedRule_WhenThePaperPhotoIsNoImage_Is400()
    {
        var order = await ApprovedUnsignedAsync();

        var response = await Advisor.PostJson($"/repair-orders/{order.Id}/signatures/paper", new { customerName = "张伟", image = Convert.ToBase64String("%PDF-1.7"u8.ToArray()) });

        await response.AssertFieldError("image");
    }

    [Fact]
    public async Task WorkOrderUnsignedRule_WhenTheManagerOverridesTheMissingCustomerSignatureWithAReason_LetsTheJobStart()
    {
        var order = await ApprovedUnsignedAsync();
        await (await Advisor.PutJson($"/repair-orders/{order.Id}/signatures/advisor", new { imagePng = Png })).Read<RepairOrderResponse>();

        var advisorMayNot = await Advisor.PostJson($"/repair-orders/{order.Id}/signatures/customer/override", new { reason = "客户电话同意" });
        var withoutReason = await shop.As(Role.Manager).PostJson($"/repair-orders/{order.Id}/signatures/customer/override", new { reason = " " });
        order = await (await shop.As(Role.Manager).PostJson($"/repair-orders/{order.Id}/signatures/customer/override", new { reason = "客户电话同意，明早到店补签" }))
            .Read<RepairOrderResponse>();
        var started = await (await StartJob1Async(order.Id)).Read<RepairOrderResponse>();

        Assert.Equal(HttpStatusCode.Forbidden, advisorMayNot.StatusCode);
        await withoutReason.AssertFieldError("reason");
        var overridden = order.Signatures.Single(s => s.Party == SignatureParty.Customer);
        Assert.Equal((SignatureMethod.ManagerOverride, "客户电话同意，明早到店补签", (string?)null), (overridden.Method, overridden.OverrideReason, overridden.ImageUrl));
        Assert.Equal(OrderStatus.InProgress, started.Status);
        var audit = await Advisor.GetStringAsync($"/repair-orders/{order.Id}/audit");
        Assert.Contains("OverrideSignature", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptanceSignatureRule_WhenTheCustomerDoesNotSignForTheCar_Is409UntilTheyDoOrTheManagerOverrides()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);
        var unsigned = new { amountPaid = order.Totals.Total, paymentMethod = "微信", acceptedBy = "张伟", accessories = order.Reception.Accessories };

        var refused = await Advisor.PostJson($"/repair-orders/{order.Id}/handover", unsigned);
        await (await shop.As(Role.Manager).PostJson($"/repair-orders/{order.Id}/signatures/acceptance/override", new { reason = "车主委托司机取车，凭授权书" }))
            .Read<RepairOrderResponse>();
        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/handover", unsigned)).Read<RepairOrderResponse>();

        await AssertRuleAsync(refused, "acceptance-signature-missing", "ReadyForHandover");
        Assert.Equal(OrderStatus.HandedOver, order.Status);
        Assert.Equal(SignatureMethod.ManagerOverride, order.Signatures.Single(s => s.Party == SignatureParty.Acceptance).Method);
    }

    [Fact]
    public async Task AcceptanceSignatureRule_WhenTheCustomerSignsAPaperReceipt_RecordsThePhotoAsTheAcceptance()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);

        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/handover", new
        {
            amountPaid = order.Totals.Total, paymentMethod = "微信", acceptedBy = "张伟", accessories = order.Reception.Accessories,
            acceptanceSignaturePng = Jpeg, acceptanceSignedOnPaper = true,
        })).Read<RepairOrderResponse>();

        var acceptance = order.Signatures.Single(s => s.Party == SignatureParty.Acceptance);
        Assert.Equal((SignatureMethod.Paper, "张伟"), (acceptance.Method, acceptance.SignerName));
    }

    [Fact]
    public async Task ExtraFaultUndecidedRule_WhenAReportedFaultIsLeftUndecided_Is409OnFinalInspectionUntilTheCustomerDeclinesIt()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        order = await shop.DoAllJobsAsync(order.Id);
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/extra-faults", new { description = "右后轮胎鼓包", safety = true }))
            .Read<RepairOrderResponse>();

        var refused = await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection", Workshop.PassingInspection(order));
        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/extra-faults/1/decline", new { declinedBy = "张伟" })).Read<RepairOrderResponse>();
        var inspected = await shop.PassInspectionAsync(order);

        await AssertRuleAsync(refused, "extra-fault-undecided", "AwaitingInspection");
        var fault = Assert.Single(order.ExtraFaults);
        Assert.Equal((ExtraFaultStatus.Declined, true, "张伟"), (fault.Status, fault.Safety, fault.DeclinedBy));
        Assert.Equal(OrderStatus.ReadyForHandover, inspected.Status);
    }

    [Fact]
    public async Task RoadTestRule_WhenBrakeWorkIsInspectedWithoutARoadTest_Is409AndPassesWithOne()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await (await Advisor.PostJson($"/repair-orders/{order.Id}/estimates", new
        {
            category = "MinorRepair",
            promisedCompletionAt = shop.Clock.GetUtcNow().AddDays(1),
            labourLines = new[] { new { description = "更换前刹车片", hours = 1.5m, rate = 180m, system = "Brakes" } },
        })).Read<RepairOrderResponse>();
        await shop.DecideAsync(order.Id, 1, [1], []);
        order = await shop.DoAllJobsAsync(order.Id);
        var inspection = new Dictionary<string, object?>
        {
            ["jobChecks"] = new[] { new { jobNumber = 1, passed = true } },
            ["steeringOk"] = true, ["brakesOk"] = true, ["connectionsTight"] = true, ["accessoriesComplete"] = true,
            ["roadTestRequired"] = false, ["odometerKm"] = 15_240,
        };

        var refused = await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection", inspection);
        inspection["roadTestRequired"] = true;
        inspection["roadTestPassed"] = true;
        order = await (await shop.As(Role.Inspector).PostJson($"/repair-orders/{order.Id}/final-inspection", inspection)).Read<RepairOrderResponse>();

        await AssertRuleAsync(refused, "road-test-required", "AwaitingInspection");
        Assert.Equal(VehicleSystem.Brakes, order.Estimates[0].LabourLines[0].System);
        Assert.Equal(OrderStatus.ReadyForHandover, order.Status);
    }

    [Fact]
    public async Task AccessoriesMissingRule_WhenOneFloorMatIsShortAtHandover_Is409AndAcceptsTheFullCount()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);
        var handover = new Dictionary<string, object?>
        {
            ["amountPaid"] = order.Totals.Total, ["paymentMethod"] = "微信", ["acceptedBy"] = "张伟", ["acceptanceSignaturePng"] = Png,
            ["accessories"] = new[] { new { name = "备胎", count = 1 }, new { name = "脚垫", count = 3 } },
        };

        var refused = await Advisor.PostJson($"/repair-orders/{order.Id}/handover", handover);
        handover["accessories"] = new[] { new { name = "备胎", count = 1 }, new { name = "脚垫", count = 4 } };
        order = await (await Advisor.PostJson($"/repair-orders/{order.Id}/handover", handover)).Read<RepairOrderResponse>();

        await AssertRuleAsync(refused, "accessories-missing", "ReadyForHandover");
        Assert.Equal(OrderStatus.HandedOver, order.Status);
        Assert.Equal(order.Reception.Accessories, order.Reception.AccessoriesReturned);
    }
}
