using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

/// <summary>
/// 最高不超过: the work order promises the charges will not exceed the ceiling. The default estimate (¥920.00) is
/// approved under a ceiling of ¥1,000.00; extra work found in the workshop may take the charges to it, not a fen
/// over, unless the customer consents to the new ceiling the supplementary estimate proposes.
/// </summary>
public sealed class CeilingTests
{
    private static OrderBuilder InWorkshopUnderACeilingOf1000()
    {
        var b = Received().To(OrderStatus.Received);
        b.Estimate(b.EstimateInput(ceiling: 1_000m)).ApproveAll().DispatchAll().Start(1);
        return b.ReportExtraFault();
    }

    private static IReadOnlyList<EstimateLineInput> OneLabourLine(decimal amount) => [new(LineKind.Labour, "紧固右前减震器上座", null, 1m, amount)];

    private static void ApproveAll(OrderBuilder b, decimal? consentedCeiling = null)
    {
        var v = b.Pending;
        b.Order.RecordCustomerDecision(v.Number, v.ContentHash, [.. v.Lines.Select(l => l.Number)], [], CustomerName, DecisionMethod.InPerson, Advisor, null, b.Tick(),
            consentedCeiling);
    }

    [Fact]
    public void RecordCustomerDecision_WhenASupplementTakesTheChargesExactlyToTheCeiling_IsAccepted()
    {
        var b = InWorkshopUnderACeilingOf1000().Supplement(lines: OneLabourLine(80m));

        ApproveAll(b);

        Assert.Equal((1_000m, 1_000m), (b.Order.LabourTotal + b.Order.PartsTotal, b.Order.CeilingInForce));
    }

    [Fact]
    public void RecordCustomerDecision_WhenASupplementTakesTheChargesOneFenOverTheCeiling_IsRefusedByTheCeilingRule()
    {
        var b = InWorkshopUnderACeilingOf1000().Supplement(lines: OneLabourLine(80.01m));

        var ex = Assert.Throws<RuleViolationException>(() => ApproveAll(b));

        Assert.Equal(OrderRules.CeilingExceeded, ex.Rule);
        Assert.Contains("¥1,000.01", ex.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(OrderStatus.InProgress), ex.CurrentStatus);
        Assert.Equal(VersionState.Pending, b.Pending.State);
        Assert.Equal(920m, b.Order.LabourTotal + b.Order.PartsTotal);
    }

    [Fact]
    public void RecordCustomerDecision_WhenTheCustomerConsentsToTheNewCeilingTheSupplementProposes_RecordsItAndRaisesTheCeiling()
    {
        var b = InWorkshopUnderACeilingOf1000();
        b.Order.IssueSupplementaryEstimate(b.EstimateInput(SupplementLines(), ceiling: 1_820m, promise: b.Order.PromisedCompletionAt), [1], Advisor, b.Tick());

        ApproveAll(b, consentedCeiling: 1_820m);

        var decision = b.Order.Estimates[^1].Decision!;
        Assert.Equal(1_820m, decision.ConsentedCeiling);
        Assert.Equal((1_820m, 1_820m), (b.Order.LabourTotal + b.Order.PartsTotal, b.Order.CeilingInForce));
    }

    [Fact]
    public void RecordCustomerDecision_WhenTheSupplementProposesANewCeilingButTheCustomerDidNotConsent_IsRefusedByTheCeilingRule()
    {
        var b = InWorkshopUnderACeilingOf1000();
        b.Order.IssueSupplementaryEstimate(b.EstimateInput(SupplementLines(), ceiling: 1_820m, promise: b.Order.PromisedCompletionAt), [1], Advisor, b.Tick());

        var ex = Assert.Throws<RuleViolationException>(() => ApproveAll(b));

        Assert.Equal(OrderRules.CeilingExceeded, ex.Rule);
        Assert.Contains("consentedCeiling", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordCustomerDecision_WhenTheConsentNamesAnotherAmountThanTheProposal_IsRefused()
    {
        var b = InWorkshopUnderACeilingOf1000();
        b.Order.IssueSupplementaryEstimate(b.EstimateInput(SupplementLines(), ceiling: 1_820m, promise: b.Order.PromisedCompletionAt), [1], Advisor, b.Tick());

        var ex = Assert.Throws<InvalidValueException>(() => ApproveAll(b, consentedCeiling: 2_000m));

        Assert.Equal("consentedCeiling", ex.Field);
    }

    [Fact]
    public void RecordCustomerDecision_WhenOnlyTheLinesWithinTheCeilingAreApproved_NeedsNoConsent()
    {
        var b = InWorkshopUnderACeilingOf1000().Supplement(lines: [.. OneLabourLine(80m), new(LineKind.Part, "减震器上座", "SA-1", 1m, 300m, Grade: PartGrade.Genuine)]);
        var v = b.Pending;

        b.Order.RecordCustomerDecision(v.Number, v.ContentHash, [1], [2], CustomerName, DecisionMethod.InPerson, Advisor, null, b.Tick());

        Assert.Equal((1_000m, 1_000m), (b.Order.LabourTotal + b.Order.PartsTotal, b.Order.CeilingInForce));
    }

    [Fact]
    public void IssueSupplementaryEstimate_WhenTheProposedCeilingCannotHoldAllItsLines_IsRefused()
    {
        var b = InWorkshopUnderACeilingOf1000();

        var ex = Assert.Throws<InvalidValueException>(() =>
            b.Order.IssueSupplementaryEstimate(b.EstimateInput(SupplementLines(), ceiling: 1_819.99m, promise: b.Order.PromisedCompletionAt), [1], Advisor, b.Tick()));

        Assert.Equal("ceiling", ex.Field);
    }

    [Fact]
    public void HandOver_WhenTheChargesReachTheConsentedCeilingExactly_IsAccepted()
    {
        var b = InWorkshopUnderACeilingOf1000().Supplement(lines: OneLabourLine(80m));
        ApproveAll(b);
        b.To(OrderStatus.HandedOver);

        Assert.Equal(1_000m, b.Order.Settlement!.Total);
    }
}
