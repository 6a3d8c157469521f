using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>No job starts, and no car leaves, without the signatures the trade requires, unless the service manager overrides one with a reason.</summary>
public sealed class SignatureTests
{
    /// <summary>Approved at the counter, not signed yet, job 1 dispatched.</summary>
    private static OrderBuilder ApprovedUnsigned()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        b.Decide([.. b.Pending.Lines.Select(l => l.Number)], []).DispatchAll();
        return b;
    }

    private static void StartJob1(OrderBuilder b) => b.Order.StartJob(1, Technician, false, b.Tick());

    private static void Sign(OrderBuilder b, SignatureParty party, SignatureMethod method = SignatureMethod.InPerson) =>
        b.Order.SignWorkOrder(party, party == SignatureParty.Advisor ? Advisor.Name : CustomerName, Guid.NewGuid(), method, Particulars, b.Tick());

    [Theory]
    [InlineData(SignatureParty.Advisor, "customer's")]
    [InlineData(SignatureParty.Customer, "advisor's")]
    public void StartJob_WhenOneSignatureOfTheWorkOrderIsMissing_IsRefusedByTheWorkOrderUnsignedRule(SignatureParty whoSigned, string missing)
    {
        var b = ApprovedUnsigned();
        Sign(b, whoSigned);

        var ex = Assert.Throws<RuleViolationException>(() => StartJob1(b));

        Assert.Equal(OrderRules.WorkOrderUnsigned, ex.Rule);
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(OrderStatus.Approved), ex.CurrentStatus);
        Assert.Contains(nameof(OrderAction.SignWorkOrder), ex.AllowedActions!);
        Assert.Equal((OrderStatus.Approved, JobStatus.Waiting), (b.Order.Status, b.Order.Jobs[0].Status));
    }

    [Theory]
    [InlineData(SignatureMethod.InPerson)]
    [InlineData(SignatureMethod.Remote)]
    [InlineData(SignatureMethod.Paper)]
    public void StartJob_WhenBothSignedOnThePadTheLinkOrPaper_IsAccepted(SignatureMethod method)
    {
        var b = ApprovedUnsigned();
        Sign(b, SignatureParty.Customer, method);
        Sign(b, SignatureParty.Advisor, method == SignatureMethod.Remote ? SignatureMethod.InPerson : method);

        StartJob1(b);

        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
    }

    [Fact]
    public void StartJob_WhenSignedOnAnEarlierVersionOfTheEstimate_IsRefusedByTheWorkOrderUnsignedRule()
    {
        var b = ApprovedUnsigned();
        Sign(b, SignatureParty.Customer);
        Sign(b, SignatureParty.Advisor);
        b.Estimate(b.EstimateInput(lines: [.. DefaultLines().Take(2)])).Decide([1, 2], []).DispatchAll();

        var ex = Assert.Throws<RuleViolationException>(() => StartJob1(b));

        Assert.Equal(OrderRules.WorkOrderUnsigned, ex.Rule);
        Assert.Contains("version 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartJob_WhenTheManagerOverrodeTheMissingCustomerSignatureWithAReason_IsAcceptedAndTheOverrideKept()
    {
        var b = ApprovedUnsigned();
        Sign(b, SignatureParty.Advisor);
        b.Order.OverrideSignature(SignatureParty.Customer, "客户电话确认，明早到店补签", Manager, Particulars, b.Tick());

        StartJob1(b);

        var overridden = b.Order.SignatureOf(SignatureParty.Customer)!;
        Assert.Equal((SignatureMethod.ManagerOverride, Manager.Name, "客户电话确认，明早到店补签", (Guid?)null),
            (overridden.Method, overridden.SignerName, overridden.OverrideReason, overridden.ImageId));
        Assert.Contains(b.Order.RecordedChanges, c => c.Action == nameof(OrderAction.OverrideSignature) && c.Details!.Contains("客户电话确认", StringComparison.Ordinal));
    }

    [Fact]
    public void OverrideSignature_WhenNoReasonIsGiven_IsRefused()
    {
        var b = ApprovedUnsigned();

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.OverrideSignature(SignatureParty.Customer, " ", Manager, Particulars, b.Tick()));

        Assert.Equal("reason", ex.Field);
    }

    [Fact]
    public void OverrideSignature_WhenTheSignatureWasGiven_IsRefusedByTheAlreadySignedRule()
    {
        var b = ApprovedUnsigned();
        Sign(b, SignatureParty.Customer);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.OverrideSignature(SignatureParty.Customer, "补签", Manager, Particulars, b.Tick()));

        Assert.Equal(OrderRules.AlreadySigned, ex.Rule);
    }

    [Fact]
    public void SignedParticulars_WhenTheWorkOrderIsSigned_AreTheAddressAndEngineNumberItStatedThen()
    {
        var b = ApprovedUnsigned();
        Assert.Null(b.Order.SignedParticulars);

        b.Order.SignWorkOrder(SignatureParty.Customer, CustomerName, Guid.NewGuid(), SignatureMethod.InPerson, new("上海市浦东新区世纪大道100号", "EA888-001"), b.Tick());

        Assert.Equal(new WorkOrderParticulars("上海市浦东新区世纪大道100号", "EA888-001"), b.Order.SignedParticulars);
    }

    [Fact]
    public void HandOver_WhenTheWorkOrderWasNeverSigned_IsRefusedByTheWorkOrderUnsignedRule()
    {
        // Parts only: no job ever starts, so only the handover can hold the rule.
        var b = Received().To(OrderStatus.Received);
        b.Estimate(b.EstimateInput(lines: [new EstimateLineInput(LineKind.Part, "雨刮片", "WB-1", 2m, 60m, Grade: PartGrade.Genuine)])).Decide([1], []);
        b.Order.RecordFinalInspection(b.AllJobsPass(), Inspector, b.Tick());

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal(OrderRules.WorkOrderUnsigned, ex.Rule);
        Assert.Equal(nameof(OrderStatus.ReadyForHandover), ex.CurrentStatus);
    }

    [Fact]
    public void HandOver_WhenTheCustomerDoesNotSignTheAcceptance_IsRefusedByTheAcceptanceSignatureRule()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(b.PayInFull() with { Acceptance = null }, "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal(OrderRules.AcceptanceSignatureMissing, ex.Rule);
        Assert.Null(b.Order.Settlement);
    }

    [Theory]
    [InlineData(false, SignatureMethod.InPerson)]
    [InlineData(true, SignatureMethod.Paper)]
    public void HandOver_WhenTheCustomerSignsTheAcceptance_RecordsItAsAcceptanceOfTheSettlement(bool onPaper, SignatureMethod method)
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        var image = Guid.NewGuid();

        b.Order.HandOver(b.PayInFull() with { Acceptance = new AcceptanceSignature(image, onPaper) }, "ST-1", Advisor, Policy, b.Tick());

        var acceptance = b.Order.SignatureOf(SignatureParty.Acceptance)!;
        Assert.Equal((CustomerName, (Guid?)image, method), (acceptance.SignerName, acceptance.ImageId, acceptance.Method));
    }

    [Fact]
    public void HandOver_WhenTheManagerOverrodeTheAcceptance_IsAcceptedWithoutIt()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        b.Order.OverrideSignature(SignatureParty.Acceptance, "车主委托司机取车，凭委托书", Manager, Particulars, b.Tick());

        b.Order.HandOver(b.PayInFull() with { Acceptance = null }, "ST-1", Advisor, Policy, b.Tick());

        Assert.Equal(OrderStatus.HandedOver, b.Order.Status);
        Assert.True(b.Order.SignatureOf(SignatureParty.Acceptance)!.IsOverride);
    }
}
