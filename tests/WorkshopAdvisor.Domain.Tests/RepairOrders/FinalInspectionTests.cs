using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

public sealed class FinalInspectionTests
{
    private static JobCheckInput Pass(int job) => new(job, true, null);

    private static JobCheckInput Fail(int job) => new(job, false, "螺栓未按扭矩拧紧");

    private static InvalidValueException Refused(OrderBuilder b, FinalInspectionInput input)
    {
        var ex = Assert.Throws<InvalidValueException>(() => b.Order.RecordFinalInspection(input, Inspector, b.Tick()));
        Assert.Empty(b.Order.Inspections);
        Assert.Equal(OrderStatus.AwaitingInspection, b.Order.Status);
        return ex;
    }

    [Fact]
    public void RecordFinalInspection_WhenEverythingPasses_MakesTheCarReadyForHandover()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var round = b.Order.RecordFinalInspection(b.AllJobsPass(), Inspector, b.Tick());

        Assert.True(round.Passed);
        Assert.Equal(1, round.Round);
        Assert.Equal(OrderStatus.ReadyForHandover, b.Order.Status);
        Assert.Null(b.Order.CompletionCertificate);
    }

    [Fact]
    public void RecordFinalInspection_WhenAJobIsNotChecked_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var ex = Refused(b, InspectionInput([Pass(1)]));

        Assert.Equal("jobChecks", ex.Field);
        Assert.Contains("not checked: 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordFinalInspection_WhenAJobIsCheckedTwice_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var ex = Refused(b, InspectionInput([Pass(1), Pass(2), Fail(2)]));

        Assert.Equal("jobChecks", ex.Field);
        Assert.Contains("more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordFinalInspection_WhenAnUnknownJobIsChecked_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var ex = Refused(b, InspectionInput([Pass(1), Pass(2), Pass(3)]));

        Assert.Equal("jobChecks", ex.Field);
    }

    [Fact]
    public void RecordFinalInspection_WhenAJobFails_SendsThatJobBackForReworkAndTheOrderToTheWorkshop()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var round = b.Order.RecordFinalInspection(InspectionInput([Pass(1), Fail(2)]), Inspector, b.Tick());

        Assert.False(round.Passed);
        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
        var (done, rework) = (b.Order.Jobs[0], b.Order.Jobs[1]);
        Assert.Equal((JobStatus.Done, 0), (done.Status, done.ReworkCount));
        Assert.Equal((JobStatus.Waiting, 1, (DateTime?)null), (rework.Status, rework.ReworkCount, rework.FinishedAt));
        Assert.Equal(Technician.UserId, rework.TechnicianId);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheReworkIsDone_InspectsAgainInASecondRound()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);
        b.Order.RecordFinalInspection(InspectionInput([Pass(1), Fail(2)]), Inspector, b.Tick());

        b.Start(2).Finish(2);
        Assert.Equal(OrderStatus.AwaitingInspection, b.Order.Status);
        var second = b.Order.RecordFinalInspection(b.AllJobsPass(), Inspector, b.Tick());

        Assert.Equal((2, true), (second.Round, second.Passed));
        Assert.Equal(2, b.Order.Inspections.Count);
        Assert.Equal(OrderStatus.ReadyForHandover, b.Order.Status);
        Assert.Equal(1, b.Order.Jobs[1].ReworkCount);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheSameJobFailsTwice_CountsBothReworks()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);
        b.Order.RecordFinalInspection(InspectionInput([Pass(1), Fail(2)]), Inspector, b.Tick());
        b.Start(2).Finish(2);

        b.Order.RecordFinalInspection(InspectionInput([Pass(1), Fail(2)]), Inspector, b.Tick());

        Assert.Equal(2, b.Order.Jobs[1].ReworkCount);
    }

    [Theory]
    [InlineData(false, true, true, true)]
    [InlineData(true, false, true, true)]
    [InlineData(true, true, false, true)]
    [InlineData(true, true, true, false)]
    public void RecordFinalInspection_WhenACheckFailsWithoutNamingAJob_IsRefused(bool steering, bool brakes, bool connections, bool accessories)
    {
        var b = Received().To(OrderStatus.AwaitingInspection);
        var input = b.AllJobsPass() with { SteeringOk = steering, BrakesOk = brakes, ConnectionsTight = connections, AccessoriesComplete = accessories };

        var ex = Refused(b, input);

        Assert.Equal("jobChecks", ex.Field);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheBrakesFailAndAJobIsNamed_SendsItBack()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);
        var input = InspectionInput([Fail(1), Pass(2)]) with { BrakesOk = false };

        var round = b.Order.RecordFinalInspection(input, Inspector, b.Tick());

        Assert.False(round.Passed);
        Assert.Equal(JobStatus.Waiting, b.Order.Jobs[0].Status);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheRequiredRoadTestHasNoResult_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var ex = Refused(b, b.AllJobsPass() with { RoadTestRequired = true, RoadTestPassed = null });

        Assert.Equal("roadTestPassed", ex.Field);
    }

    [Fact]
    public void RecordFinalInspection_WhenNoRoadTestIsRequired_NeedsNoResult()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var round = b.Order.RecordFinalInspection(b.AllJobsPass() with { RoadTestRequired = false, RoadTestPassed = null }, Inspector, b.Tick());

        Assert.True(round.Passed);
    }

    [Fact]
    public void RecordFinalInspection_WhenTheRoadTestFailsWithAJobNamed_DoesNotPass()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var round = b.Order.RecordFinalInspection(InspectionInput([Pass(1), Fail(2)]) with { RoadTestPassed = false }, Inspector, b.Tick());

        Assert.False(round.Passed);
        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
    }

    [Fact]
    public void RecordFinalInspection_WhenPassedWithACertificateNumber_IssuesTheCertificate()
    {
        var b = Received(RepairCategory.AssemblyRepair).To(OrderStatus.AwaitingInspection);

        b.Order.RecordFinalInspection(b.AllJobsPass("QC-2025-0042"), Inspector, b.Tick());

        var certificate = b.Order.CompletionCertificate!;
        Assert.Equal(("QC-2025-0042", Inspector.Name, b.Now), (certificate.Number, certificate.InspectorName, certificate.IssuedAt));
    }

    [Fact]
    public void RecordFinalInspection_WhenFailedWithACertificateNumber_IssuesNoCertificate()
    {
        var b = Received(RepairCategory.AssemblyRepair).To(OrderStatus.AwaitingInspection);

        b.Order.RecordFinalInspection(InspectionInput([Pass(1), Fail(2)], "QC-2025-0042"), Inspector, b.Tick());

        Assert.Null(b.Order.CompletionCertificate);
    }

    [Fact]
    public void RecordFinalInspection_WhenOnlyPartsWereApproved_PassesWithNoJobChecks()
    {
        var b = Received().To(OrderStatus.AwaitingApproval).Decide([3], [1, 2]);

        var round = b.Order.RecordFinalInspection(InspectionInput([]), Inspector, b.Tick());

        Assert.True(round.Passed);
    }
}
