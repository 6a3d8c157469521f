using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

public sealed class HandoverTests
{
    /// <summary>Ready for handover after an inspection that issued no certificate, whatever the category.</summary>
    private static OrderBuilder ReadyWithoutCertificate(RepairCategory category, VehicleClass vehicleClass = VehicleClass.Car)
    {
        var b = Received(category, vehicleClass).To(OrderStatus.AwaitingInspection);
        b.Order.RecordFinalInspection(b.AllJobsPass(), Inspector, b.Tick());
        return b;
    }

    [Theory]
    [InlineData(RepairCategory.VehicleOverhaul)]
    [InlineData(RepairCategory.AssemblyRepair)]
    [InlineData(RepairCategory.Level2Maintenance)]
    public void HandOver_WhenMajorWorkHasNoCertificate_IsRefused(RepairCategory category)
    {
        var b = ReadyWithoutCertificate(category);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("completion-certificate-missing", ex.Rule);
        Assert.Equal(OrderStatus.ReadyForHandover, b.Order.Status);
        Assert.Null(b.Order.Settlement);
    }

    [Theory]
    [InlineData(RepairCategory.VehicleOverhaul)]
    [InlineData(RepairCategory.AssemblyRepair)]
    [InlineData(RepairCategory.Level2Maintenance)]
    public void HandOver_WhenMajorWorkHasItsCertificate_IsAccepted(RepairCategory category)
    {
        var b = ReadyWithoutCertificate(category);
        b.Order.IssueCompletionCertificate("QC-2025-0007", Inspector, b.Tick());

        b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick());

        Assert.Equal(OrderStatus.HandedOver, b.Order.Status);
    }

    [Theory]
    [InlineData(RepairCategory.Level1Maintenance)]
    [InlineData(RepairCategory.MinorRepair)]
    [InlineData(RepairCategory.SpecialRepair)]
    public void HandOver_WhenMinorWorkHasNoCertificate_IsAccepted(RepairCategory category)
    {
        var b = ReadyWithoutCertificate(category);

        b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick());

        Assert.Equal(OrderStatus.HandedOver, b.Order.Status);
    }

    [Fact]
    public void HandOver_WhenSettled_ItemisesLabourAndPartsAndCloses()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        var at = b.Tick();

        var settlement = b.Order.HandOver(Settle(20m, 900m, "银联刷卡", "刘先生"), "ST-20250310-0009", Advisor, Policy, at);

        Assert.Equal((470m, 450m, 920m, 20m, 900m, 900m), (settlement.LabourSubtotal, settlement.PartsSubtotal, settlement.Total,
            settlement.Discount, settlement.AmountDue, settlement.AmountPaid));
        Assert.Equal(("ST-20250310-0009", "银联刷卡", "刘先生", at), (settlement.Number, settlement.PaymentMethod, settlement.AcceptedBy, settlement.SettledAt));
        Assert.Equal(OrderStatus.HandedOver, b.Order.Status);
        Assert.Equal((at, at), (b.Order.HandedOverAt, b.Order.ClosedAt));
    }

    [Theory]
    [InlineData("919.99")]
    [InlineData("920.01")]
    [InlineData("0")]
    public void HandOver_WhenTheAmountPaidIsNotTheAmountDue_IsRefused(string paid)
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        var input = Settle(0m, decimal.Parse(paid, System.Globalization.CultureInfo.InvariantCulture), "现金", CustomerName);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.HandOver(input, "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("amountPaid", ex.Field);
        Assert.Contains("¥920.00 is due", ex.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.ReadyForHandover, b.Order.Status);
    }

    [Fact]
    public void HandOver_WhenTheDiscountIsAboveTheTotal_IsRefused()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.HandOver(Settle(920.01m, 0m, null, CustomerName), "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("discount", ex.Field);
    }

    [Fact]
    public void HandOver_WhenTheManagerApprovedTheWholeTotalAsDiscount_NeedsNoPayment()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        b.Order.ApproveDiscount(920m, "车主为本店 A 类客户，经理特批", Manager, b.Tick());

        var settlement = b.Order.HandOver(Settle(920m, 0m, null, CustomerName), "ST-1", Advisor, Policy, b.Tick());

        Assert.Equal(0m, settlement.AmountDue);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("10.001")]
    public void HandOver_WhenTheDiscountIsNegativeOrFinerThanFen_IsRefused(string discount)
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        var input = Settle(decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture), 920m, "现金", CustomerName);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.HandOver(input, "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("discount", ex.Field);
    }

    [Fact]
    public void HandOver_WhenSomethingIsPaidWithoutAPaymentMethod_IsRefused()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.HandOver(Settle(0m, 920m, null, CustomerName), "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("paymentMethod", ex.Field);
    }

    [Fact]
    public void HandOver_WhenNobodyAcceptsTheCar_IsRefused()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.HandOver(Settle(0m, 920m, "现金", " "), "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("acceptedBy", ex.Field);
    }

    [Theory]
    [InlineData(VehicleClass.Car, RepairCategory.AssemblyRepair, 20_000, 100)]
    [InlineData(VehicleClass.Car, RepairCategory.Level2Maintenance, 5_000, 30)]
    [InlineData(VehicleClass.Car, RepairCategory.MinorRepair, 2_000, 10)]
    [InlineData(VehicleClass.Motorcycle, RepairCategory.VehicleOverhaul, 7_000, 80)]
    [InlineData(VehicleClass.Motorcycle, RepairCategory.Level2Maintenance, 800, 10)]
    [InlineData(VehicleClass.Other, RepairCategory.AssemblyRepair, 6_000, 60)]
    [InlineData(VehicleClass.Other, RepairCategory.SpecialRepair, 700, 7)]
    public void HandOver_WhenHandedOver_StartsTheStatutoryGuaranteeForTheClassAndCategory(VehicleClass vehicleClass, RepairCategory category, int km, int days)
    {
        var b = Received(category, vehicleClass).To(OrderStatus.HandedOver);

        var guarantee = b.Order.Guarantee!;
        Assert.Equal((category, km, days), (guarantee.Category, guarantee.Km, guarantee.Days));
        // The km run from the odometer read at final inspection (after the road test), 5 km past reception.
        Assert.Equal((b.Order.HandedOverAt!.Value, ReceptionKm + 5), (guarantee.StartsAt, guarantee.StartOdometerKm));
        var handoverDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(b.Order.HandedOverAt.Value, Policy.TimeZone));
        Assert.Equal((handoverDay.AddDays(days), ReceptionKm + 5 + km), (guarantee.LastDay, guarantee.EndsAtOdometerKm));
    }

    [Fact]
    public void HandOver_WhenTheEstimatePromisedMore_GivesThePromisedGuarantee()
    {
        var b = Received().To(OrderStatus.Received);
        b.Estimate(b.EstimateInput(promisedGuarantee: new GuaranteeTerms(5_000, 90))).ApproveAll().To(OrderStatus.HandedOver);

        Assert.Equal(new GuaranteeTerms(5_000, 90), b.Order.Guarantee!.Terms);
    }

    [Fact]
    public void HandOver_WhenTheEstimatePromisedLess_GivesTheStatutoryGuarantee()
    {
        var b = Received(RepairCategory.AssemblyRepair).To(OrderStatus.Received);
        b.Estimate(b.EstimateInput(promisedGuarantee: new GuaranteeTerms(10_000, 120))).ApproveAll().To(OrderStatus.HandedOver);

        // Never less: 20,000 km by statute, 120 days by promise.
        Assert.Equal(new GuaranteeTerms(20_000, 120), b.Order.Guarantee!.Terms);
    }

    [Fact]
    public void HandOver_WhenAnApprovedSupplementIsWeightier_GuaranteesAndCertifiesByTheWeightiestCategory()
    {
        var b = Received(RepairCategory.MinorRepair).To(OrderStatus.InProgress).ReportExtraFault().Supplement(RepairCategory.AssemblyRepair).ApproveAll();
        b.FinishAllJobs();
        b.Order.RecordFinalInspection(b.AllJobsPass(), Inspector, b.Tick());

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick()));
        Assert.Equal("completion-certificate-missing", ex.Rule);

        b.Order.IssueCompletionCertificate("QC-2025-0008", Inspector, b.Tick());
        b.HandOver();
        Assert.Equal((RepairCategory.AssemblyRepair, 20_000, 100), (b.Order.Guarantee!.Category, b.Order.Guarantee.Km, b.Order.Guarantee.Days));
    }

    [Fact]
    public void HandOver_WhenAWeightierSupplementWasDeclinedEntirely_GuaranteesAndCertifiesByTheWorkDone()
    {
        // The customer said no to the assembly repair: the car leaves with a minor repair, needing no
        // certificate and carrying the minor repair's guarantee (and not the declined one's promise).
        var b = Received(RepairCategory.MinorRepair).To(OrderStatus.InProgress).ReportExtraFault()
            .Supplement(RepairCategory.AssemblyRepair, promisedGuarantee: new GuaranteeTerms(30_000, 180)).DeclineAll();
        b.FinishAllJobs();
        b.Order.RecordFinalInspection(b.AllJobsPass(), Inspector, b.Tick());

        b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick());

        Assert.Equal(RepairCategory.MinorRepair, b.Order.Category);
        Assert.Equal((RepairCategory.MinorRepair, 2_000, 10), (b.Order.Guarantee!.Category, b.Order.Guarantee.Km, b.Order.Guarantee.Days));
    }

    [Fact]
    public void HandOver_WhenAWarrantyReturnHasNoCause_IsRefused()
    {
        var b = WarrantyReturnOutsideGuarantee().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("warranty-cause-missing", ex.Rule);
    }

    [Fact]
    public void Cancel_WhenCancelledBeforeWork_ClosesWithTheReasonAndDropsTheJobs()
    {
        var b = Received().To(OrderStatus.Approved);
        var at = b.Tick();

        b.Order.Cancel("客户把车开走了", at);

        Assert.Equal((OrderStatus.Cancelled, "客户把车开走了", (DateTime?)at), (b.Order.Status, b.Order.CancellationReason, b.Order.ClosedAt));
        Assert.Empty(b.Order.Jobs);
    }

    [Fact]
    public void Cancel_WhenNoReasonIsGiven_IsRefused()
    {
        var b = Received().To(OrderStatus.EstimateDeclined);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.Cancel(null, b.Tick()));

        Assert.Equal("reason", ex.Field);
    }
}
