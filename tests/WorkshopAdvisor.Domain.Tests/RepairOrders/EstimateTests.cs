using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

public sealed class EstimateTests
{
    private static EstimateVersion Issue(params EstimateLineInput[] lines)
    {
        var b = Received().To(OrderStatus.Received);
        return b.Order.IssueEstimate(b.EstimateInput(lines), Advisor, b.Tick());
    }

    private static InvalidValueException Refused(EstimateInput input)
    {
        var b = Received().To(OrderStatus.Received);
        var ex = Assert.Throws<InvalidValueException>(() => b.Order.IssueEstimate(input, Advisor, b.Tick()));
        Assert.Empty(b.Order.Estimates);
        Assert.Equal(OrderStatus.Received, b.Order.Status);
        return ex;
    }

    private static EstimateInput Input(params EstimateLineInput[] lines) => Received().EstimateInput(lines);

    [Theory]
    [InlineData("1.5", "180", "270.00")]
    [InlineData("1.333", "10.05", "13.40")] // 13.39665
    [InlineData("0.5", "0.05", "0.03")] // 0.025: away from zero, where banker's rounding would give 0.02
    [InlineData("2.5", "0.01", "0.03")] // 0.025 again
    [InlineData("3", "99.99", "299.97")]
    [InlineData("0.125", "0.1", "0.01")] // 0.0125
    public void IssueEstimate_WhenPricingALine_AmountIsQuantityTimesPriceRoundedAwayFromZero(string quantity, string price, string amount)
    {
        var version = Issue(new EstimateLineInput(LineKind.Labour, "检查", null, decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), version.Lines[0].Amount);
    }

    [Fact]
    public void IssueEstimate_WhenPriced_TotalIsTheSumOfTheLinesAndLabourAndPartsStayApart()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var version = b.Pending;

        Assert.Equal(920m, version.Total);
        Assert.Equal([LineKind.Labour, LineKind.Labour, LineKind.Part], version.Lines.Select(l => l.Kind));
        b.ApproveAll();
        Assert.Equal(470m, b.Order.LabourTotal);
        Assert.Equal(450m, b.Order.PartsTotal);
    }

    [Fact]
    public void IssueEstimate_WhenTheCeilingIsBelowTheTotal_IsRefused()
    {
        var b = Received();
        var ex = Refused(b.EstimateInput(ceiling: 919.99m));

        Assert.Equal("ceiling", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenTheCeilingEqualsTheTotal_IsAccepted()
    {
        var b = Received().To(OrderStatus.Received);

        var version = b.Order.IssueEstimate(b.EstimateInput(ceiling: 920m), Advisor, b.Tick());

        Assert.Equal(920m, version.Ceiling);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-100")]
    [InlineData("1000.001")]
    public void IssueEstimate_WhenTheCeilingIsNoPositiveAmountInFen_IsRefused(string ceiling)
    {
        var ex = Refused(Received().EstimateInput(ceiling: decimal.Parse(ceiling, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("ceiling", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenAPartsLineHasNoPartNumber_IsRefused()
    {
        var ex = Refused(Input(
            new EstimateLineInput(LineKind.Labour, "更换机油", null, 0.5m, 180m),
            new EstimateLineInput(LineKind.Part, "机油滤清器", "  ", 1m, 45m)));

        Assert.Equal("lines[1].partNumber", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenALabourLineHasAPartNumber_IsRefused()
    {
        var ex = Refused(Input(new EstimateLineInput(LineKind.Labour, "更换机油", "OF-1", 0.5m, 180m)));

        Assert.Equal("lines[0].partNumber", ex.Field);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.0005")] // more than three decimals
    public void IssueEstimate_WhenTheQuantityIsNotPositiveOrTooFine_IsRefused(string quantity)
    {
        var ex = Refused(Input(
            new EstimateLineInput(LineKind.Labour, "更换机油", null, 0.5m, 180m),
            new EstimateLineInput(LineKind.Labour, "检查", null, decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), 100m)));

        Assert.Equal("lines[1].quantity", ex.Field);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("180.005")] // a third decimal: money is in fen
    public void IssueEstimate_WhenTheUnitPriceIsNegativeOrHasMoreThanTwoDecimals_IsRefused(string price)
    {
        var ex = Refused(Input(new EstimateLineInput(LineKind.Labour, "更换机油", null, 1m, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal("lines[0].unitPrice", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenThereAreNoLines_IsRefused()
    {
        var ex = Refused(Input());

        Assert.Equal("lines", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenTheLineHasNoDescription_IsRefused()
    {
        var ex = Refused(Input(new EstimateLineInput(LineKind.Labour, " ", null, 1m, 100m)));

        Assert.Equal("lines[0].description", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenThePromisedTimeIsNotInTheFuture_IsRefused()
    {
        var b = Received().To(OrderStatus.Received);
        var now = b.Tick();

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.IssueEstimate(b.EstimateInput(promise: now), Advisor, now));

        Assert.Equal("promisedCompletionAt", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenNoDiagnosisWasRecorded_IsRefused()
    {
        var b = Received();

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.IssueEstimate(b.EstimateInput(), Advisor, b.Tick()));

        Assert.Equal("diagnosis-missing", ex.Rule);
    }

    [Fact]
    public void IssueEstimate_WhenTheDiagnosisHasNoFinding_IsRefusedByTheDiagnosisMissingRule()
    {
        var b = Received();
        b.Order.RecordDiagnosis(Diagnosis() with { Findings = [] });

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.IssueEstimate(b.EstimateInput(), Advisor, b.Tick()));

        Assert.Equal(OrderRules.DiagnosisMissing, ex.Rule);
        Assert.Contains("at least one", ex.Message, StringComparison.Ordinal);
        Assert.Equal((nameof(OrderStatus.Received), OrderStatus.Received), (ex.CurrentStatus, b.Order.Status));
    }

    [Fact]
    public void IssueEstimate_WhenTheDiagnosisHasOneFinding_IsAccepted()
    {
        var b = Received();
        b.Order.RecordDiagnosis(Diagnosis() with { Findings = ["前刹车片磨损到极限"] });

        b.Order.IssueEstimate(b.EstimateInput(), Advisor, b.Tick());

        Assert.Equal(OrderStatus.AwaitingApproval, b.Order.Status);
    }

    [Fact]
    public void IssueEstimate_WhenIssued_WaitsForApprovalWithThePromise()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);

        Assert.Equal(OrderStatus.AwaitingApproval, b.Order.Status);
        Assert.Equal(b.Promise, b.Order.PromisedCompletionAt);
        Assert.Empty(b.Order.Jobs);
    }

    // The content hash: what the customer decides on.

    private static string HashOf(Func<OrderBuilder, EstimateInput> input)
    {
        var b = Received().To(OrderStatus.Received);
        return b.Order.IssueEstimate(input(b), Advisor, b.Tick()).ContentHash;
    }

    private static readonly string BaselineHash = HashOf(b => b.EstimateInput(ceiling: 1_000m));

    [Fact]
    public void ContentHash_WhenTheSameContentIsIssuedAgain_IsTheSame()
    {
        Assert.Equal(BaselineHash, HashOf(b => b.EstimateInput(ceiling: 1_000m)));
        Assert.Matches("^[0-9a-f]{64}$", BaselineHash);
    }

    public static TheoryData<string, Func<OrderBuilder, EstimateInput>> Changes => new()
    {
        { "a line's description", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Select((l, i) => i == 1 ? l with { Description = "四轮定位 (含调整)" } : l)]) },
        { "a line's quantity", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Select((l, i) => i == 0 ? l with { Quantity = 1.6m } : l)]) },
        { "a line's price", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Select((l, i) => i == 2 ? l with { UnitPrice = 450.01m } : l)]) },
        { "a part number", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Select((l, i) => i == 2 ? l with { PartNumber = "BP-1235" } : l)]) },
        { "an added line", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines(), new EstimateLineInput(LineKind.Part, "刹车油", "BF-1", 1m, 60m, Grade: PartGrade.Genuine)]) },
        { "a removed line", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Take(2)]) },
        { "the lines' order", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Reverse()]) },
        { "the ceiling", b => b.EstimateInput(ceiling: 1_000.01m) },
        { "no ceiling", b => b.EstimateInput() },
        { "the promised time", b => b.EstimateInput(ceiling: 1_000m, promise: b.Promise.AddHours(1)) },
        { "the category", b => b.EstimateInput(ceiling: 1_000m, category: RepairCategory.SpecialRepair) },
        { "the promised guarantee", b => b.EstimateInput(ceiling: 1_000m, promisedGuarantee: new GuaranteeTerms(3_000, 30)) },
        { "a part's grade", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Select((l, i) => i == 2 ? l with { Grade = PartGrade.Repaired } : l)]) },
        { "a labour line's system", b => b.EstimateInput(ceiling: 1_000m, lines: [.. DefaultLines().Select((l, i) => i == 0 ? l with { System = VehicleSystem.Brakes } : l)]) },
    };

    [Fact]
    public void IssueEstimate_WhenAPartsLineIsNotMarkedGenuineEquivalentOrRepaired_IsRefused()
    {
        var b = Received().Diagnose();

        var ex = Assert.Throws<InvalidValueException>(() => b.Estimate(b.EstimateInput(lines: [.. DefaultLines().Select((l, i) => i == 2 ? l with { Grade = null } : l)])));

        Assert.Equal("lines[2].grade", ex.Field);
    }

    [Fact]
    public void IssueEstimate_WhenALabourLineCarriesAPartsGrade_IsRefused()
    {
        var b = Received().Diagnose();

        var ex = Assert.Throws<InvalidValueException>(() => b.Estimate(b.EstimateInput(lines: [.. DefaultLines().Select((l, i) => i == 0 ? l with { Grade = PartGrade.Genuine } : l)])));

        Assert.Equal("lines[0].grade", ex.Field);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void ContentHash_WhenAnythingTheCustomerSeesChanges_Changes(string change, Func<OrderBuilder, EstimateInput> input)
    {
        Assert.True(BaselineHash != HashOf(input), $"changing {change} left the hash as it was");
    }

    // The customer's decision.

    [Fact]
    public void RecordCustomerDecision_WhenTheVersionWasSuperseded_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var first = b.Pending;
        b.Estimate(b.EstimateInput(ceiling: 1_200m));

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.RecordCustomerDecision(first.Number, first.ContentHash, [1, 2, 3], [],
            CustomerName, DecisionMethod.InPerson, Advisor, null, b.Tick()));

        Assert.Equal("version-not-pending", ex.Rule);
        Assert.Equal(VersionState.Superseded, first.State);
        Assert.Contains("Version 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordCustomerDecision_WhenTheHashIsStale_IsRefusedAndNothingIsRecorded()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var first = b.Pending;
        b.Estimate(b.EstimateInput(ceiling: 1_200m));
        var second = b.Pending;

        // The customer was shown version 1; the decision reaches the server for version 2.
        var ex = Assert.Throws<RuleViolationException>(() => b.Order.RecordCustomerDecision(second.Number, first.ContentHash, [1, 2, 3], [],
            CustomerName, DecisionMethod.Remote, null, new RemoteEvidence("10.0.0.8", "WeChat"), b.Tick()));

        Assert.Equal("estimate-changed", ex.Rule);
        Assert.Equal(VersionState.Pending, second.State);
        Assert.Null(second.Decision);
        Assert.Equal(OrderStatus.AwaitingApproval, b.Order.Status);
    }

    [Fact]
    public void RecordCustomerDecision_WhenTheHashDiffersOnlyInCase_IsAccepted()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var version = b.Pending;

        b.Order.RecordCustomerDecision(version.Number, version.ContentHash.ToUpperInvariant(), [1, 2, 3], [], CustomerName, DecisionMethod.InPerson, Advisor, null, b.Tick());

        Assert.Equal(OrderStatus.Approved, b.Order.Status);
        Assert.Equal(version.ContentHash, version.Decision!.ContentHash);
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, new int[0])]
    [InlineData(new[] { 1 }, new[] { 3 })]
    [InlineData(new int[0], new int[0])]
    public void RecordCustomerDecision_WhenALineIsLeftUndecided_IsRefused(int[] approved, int[] declined)
    {
        var b = Received().To(OrderStatus.AwaitingApproval);

        var ex = Assert.Throws<InvalidValueException>(() => b.Decide(approved, declined));

        Assert.Equal("lines", ex.Field);
        Assert.Contains("undecided", ex.Message, StringComparison.Ordinal);
        Assert.Equal(VersionState.Pending, b.Pending.State);
    }

    [Fact]
    public void RecordCustomerDecision_WhenALineIsBothApprovedAndDeclined_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);

        var ex = Assert.Throws<InvalidValueException>(() => b.Decide([1, 2, 3], [3]));

        Assert.Equal("lines", ex.Field);
    }

    [Fact]
    public void RecordCustomerDecision_WhenALineDoesNotExist_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);

        var ex = Assert.Throws<InvalidValueException>(() => b.Decide([1, 2, 3, 4], []));

        Assert.Equal("lines", ex.Field);
    }

    [Fact]
    public void RecordCustomerDecision_WhenEveryLineIsDeclined_LeadsToEstimateDeclinedWithoutJobs()
    {
        var b = Received().To(OrderStatus.AwaitingApproval).DeclineAll();

        Assert.Equal(OrderStatus.EstimateDeclined, b.Order.Status);
        Assert.Empty(b.Order.Jobs);
        Assert.All(b.Order.Estimates[0].Lines, l => Assert.Equal(LineDecision.Declined, l.Decision));
        Assert.Equal(0m, b.Order.LabourTotal + b.Order.PartsTotal);
    }

    [Fact]
    public void RecordCustomerDecision_WhenSomeLinesAreApproved_MakesJobsOfTheApprovedLabourLinesOnly()
    {
        var b = Received().To(OrderStatus.AwaitingApproval).Decide([1, 3], [2]);

        Assert.Equal(OrderStatus.Approved, b.Order.Status);
        var job = Assert.Single(b.Order.Jobs);
        Assert.Equal((1, 1, "更换前刹车片", JobStatus.Waiting), (job.EstimateVersion, job.LineNumber, job.Description, job.Status));
        Assert.Equal(270m, b.Order.LabourTotal);
        Assert.Equal(450m, b.Order.PartsTotal);
    }

    [Fact]
    public void RecordCustomerDecision_WhenOnlyPartsAreApproved_GoesStraightToInspection()
    {
        var b = Received().To(OrderStatus.AwaitingApproval).Decide([3], [1, 2]);

        Assert.Empty(b.Order.Jobs);
        Assert.Equal(OrderStatus.AwaitingInspection, b.Order.Status);
    }

    [Fact]
    public void RecordCustomerDecision_WhenRecorded_KeepsWhoDecidedHowAndOnWhichContent()
    {
        var b = Received().To(OrderStatus.AwaitingApproval);
        var version = b.Pending;
        var at = b.Tick();

        b.Order.RecordCustomerDecision(version.Number, version.ContentHash, [1, 2, 3], [], "刘太太", DecisionMethod.Remote, null,
            new RemoteEvidence("203.0.113.9", "Mozilla/5.0"), at);

        var decision = version.Decision!;
        Assert.Equal(("刘太太", DecisionMethod.Remote, at, version.ContentHash, "203.0.113.9"),
            (decision.DecidedBy, decision.Method, decision.DecidedAt, decision.ContentHash, decision.RemoteIpAddress));
        Assert.Null(decision.RecordedById);
    }

    [Fact]
    public void IssueEstimate_WhenRevisedAfterApprovalBeforeWork_DropsTheJobsAndNeedsANewDecision()
    {
        var b = Received().To(OrderStatus.Approved);
        Assert.Equal(2, b.Order.Jobs.Count);

        b.Estimate(b.EstimateInput(lines: [new EstimateLineInput(LineKind.Labour, "更换前刹车片", null, 1.5m, 180m)]));

        Assert.Equal(OrderStatus.AwaitingApproval, b.Order.Status);
        Assert.Empty(b.Order.Jobs);
        Assert.Equal(VersionState.Superseded, b.Order.Estimates[0].State);
        Assert.Null(b.Order.ContractVersion);
        Assert.Equal(0m, b.Order.LabourTotal);

        b.ApproveAll();

        Assert.Equal(OrderStatus.Approved, b.Order.Status);
        var job = Assert.Single(b.Order.Jobs);
        Assert.Equal(2, job.EstimateVersion);
        Assert.Equal(270m, b.Order.LabourTotal);
        Assert.Equal(0m, b.Order.PartsTotal);
    }

    [Fact]
    public void IssueEstimate_WhenRevisedAfterTheCustomerDeclined_WaitsForApprovalAgain()
    {
        var b = Received().To(OrderStatus.EstimateDeclined);

        b.Estimate(b.EstimateInput(lines: [new EstimateLineInput(LineKind.Labour, "更换前刹车片", null, 1.5m, 160m)]));

        Assert.Equal(OrderStatus.AwaitingApproval, b.Order.Status);
        Assert.Equal(2, b.Pending.Number);
        Assert.Equal(VersionState.Superseded, b.Order.Estimates[0].State);
    }

    [Fact]
    public void SignWorkOrder_WhenSigned_IsBoundToTheContractVersionsHash()
    {
        var b = Received().To(OrderStatus.Approved);

        b.Order.SignWorkOrder(SignatureParty.Customer, CustomerName, Guid.NewGuid(), SignatureMethod.InPerson, Particulars, b.Tick());
        b.Order.SignWorkOrder(SignatureParty.Customer, "刘太太", Guid.NewGuid(), SignatureMethod.InPerson, Particulars, b.Tick());

        var signature = Assert.Single(b.Order.Signatures, s => s.Party == SignatureParty.Customer);
        Assert.Equal("刘太太", signature.SignerName);
        Assert.Equal(b.Order.ContractVersion!.ContentHash, signature.ContentHash);
    }
}
