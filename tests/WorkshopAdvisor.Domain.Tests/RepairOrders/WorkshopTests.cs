using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.RepairOrders;

public sealed class WorkshopTests
{
    [Fact]
    public void StartJob_WhenTheFirstJobStarts_MovesTheOrderIntoTheWorkshop()
    {
        var b = Received().To(OrderStatus.Approved);

        b.Start(1);

        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
        Assert.Equal(JobStatus.InProgress, b.Order.Jobs[0].Status);
        Assert.Equal(b.Now, b.Order.Jobs[0].StartedAt);
    }

    [Fact]
    public void StartJob_WhenAnotherTechnicianTriesIt_IsRefused()
    {
        var b = Received().To(OrderStatus.Approved);

        Assert.Throws<NotAssignedException>(() => b.Order.StartJob(1, OtherTechnician, onBehalf: false, b.Tick()));
        Assert.Equal(JobStatus.Waiting, b.Order.Jobs[0].Status);
        Assert.Equal(OrderStatus.Approved, b.Order.Status);
    }

    [Fact]
    public void StartJob_WhenTheForemanActsOnBehalf_IsAccepted()
    {
        var b = Received().To(OrderStatus.Approved);

        b.Order.StartJob(1, OtherTechnician, onBehalf: true, b.Tick());

        Assert.Equal(JobStatus.InProgress, b.Order.Jobs[0].Status);
    }

    [Fact]
    public void DoneBy_WhenTheJobChangedHandsAfterAPause_NamesEveryTechnicianWhoWorkedIt()
    {
        var b = Received().To(OrderStatus.InProgress);
        b.Order.PauseJob(1, "换班", Technician, false, b.Tick());
        b.Order.DispatchJob(1, OtherTechnician);

        b.Start(1).Finish(1);

        Assert.Equal([Technician.Name, OtherTechnician.Name], b.Order.Jobs[0].DoneBy);
    }

    [Fact]
    public void StartJob_WhenTheJobWasNotDispatched_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingApproval).ApproveAll();

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.StartJob(1, Technician, onBehalf: true, b.Tick()));

        Assert.Equal("job-not-dispatched", ex.Rule);
    }

    [Fact]
    public void StartJob_WhenTheJobDoesNotExist_IsNotFound()
    {
        var b = Received().To(OrderStatus.Approved);

        Assert.Throws<JobNotFoundException>(() => b.Order.StartJob(9, Technician, onBehalf: false, b.Tick()));
    }

    [Fact]
    public void StartJob_WhenTheJobIsAlreadyInProgress_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.StartJob(1, Technician, onBehalf: false, b.Tick()));

        Assert.Equal("job-status-conflict", ex.Rule);
    }

    [Fact]
    public void PauseJob_WhenAnotherTechnicianTriesIt_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        Assert.Throws<NotAssignedException>(() => b.Order.PauseJob(1, "等配件", OtherTechnician, onBehalf: false, b.Tick()));
        Assert.Equal(JobStatus.InProgress, b.Order.Jobs[0].Status);
    }

    [Fact]
    public void FinishJob_WhenAnotherTechnicianTriesIt_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        Assert.Throws<NotAssignedException>(() => b.Order.FinishJob(1, OtherTechnician, onBehalf: false, b.Tick()));
        Assert.Equal(JobStatus.InProgress, b.Order.Jobs[0].Status);
    }

    [Fact]
    public void FinishJob_WhenTheForemanActsOnBehalf_IsAccepted()
    {
        var b = Received().To(OrderStatus.InProgress);

        b.Order.FinishJob(1, OtherTechnician, onBehalf: true, b.Tick());

        Assert.Equal(JobStatus.Done, b.Order.Jobs[0].Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void PauseJob_WhenNoReasonIsGiven_IsRefused(string? reason)
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<InvalidValueException>(() => b.Order.PauseJob(1, reason, Technician, onBehalf: false, b.Tick()));

        Assert.Equal("reason", ex.Field);
        Assert.Equal(JobStatus.InProgress, b.Order.Jobs[0].Status);
    }

    [Fact]
    public void PauseJob_WhenPaused_StopsTheClockAndKeepsTheReason()
    {
        var b = Received().To(OrderStatus.Approved);
        var start = T0.AddHours(3);
        b.Order.StartJob(1, Technician, false, start);

        b.Order.PauseJob(1, "等配件", Technician, false, start.AddMinutes(30));

        var job = b.Order.Jobs[0];
        Assert.Equal((JobStatus.Paused, "等配件"), (job.Status, job.PauseReason));
        Assert.Equal(TimeSpan.FromMinutes(30), job.ClockedTime(start.AddHours(5)));
    }

    [Fact]
    public void ClockedTime_WhenAJobIsPausedResumedAndFinished_AddsTheWorkedSpansOnly()
    {
        var b = Received().To(OrderStatus.Approved);
        var start = T0.AddHours(3);
        var order = b.Order;

        order.StartJob(1, Technician, false, start);
        order.PauseJob(1, "午休", Technician, false, start.AddMinutes(50));
        order.StartJob(1, Technician, false, start.AddMinutes(110));
        Assert.Equal(TimeSpan.FromMinutes(60), order.Jobs[0].ClockedTime(start.AddMinutes(120))); // 50 + the 10 running now
        order.FinishJob(1, Technician, false, start.AddMinutes(135));

        var job = order.Jobs[0];
        Assert.Equal(TimeSpan.FromMinutes(75), job.ClockedTime(start.AddDays(1)));
        Assert.Equal(2, job.Clocked.Count);
        Assert.Equal((start, start.AddMinutes(135)), (job.StartedAt, job.FinishedAt));
        Assert.Null(job.PauseReason);
    }

    [Fact]
    public void FinishJob_WhenOtherJobsRemain_KeepsTheOrderInProgress()
    {
        var b = Received().To(OrderStatus.InProgress);

        b.Finish(1);

        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
    }

    [Fact]
    public void FinishJob_WhenTheLastJobIsDone_MovesTheOrderToAwaitingInspection()
    {
        var b = Received().To(OrderStatus.InProgress).Finish(1).Start(2);

        b.Finish(2);

        Assert.Equal(OrderStatus.AwaitingInspection, b.Order.Status);
    }

    [Fact]
    public void FinishJob_WhenTheLastJobIsDoneButASupplementaryEstimateIsPending_StaysInProgress()
    {
        var b = Received().To(OrderStatus.InProgress).Finish(1).Start(2).ReportExtraFault().Supplement();

        b.Finish(2);

        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
        Assert.NotNull(b.Order.PendingVersion);
    }

    [Fact]
    public void RecordCustomerDecision_WhenThePendingSupplementIsDeclinedAfterTheLastJob_MovesTheOrderToAwaitingInspection()
    {
        var b = Received().To(OrderStatus.InProgress).Finish(1).Start(2).ReportExtraFault().Supplement().Finish(2);

        b.DeclineAll();

        Assert.Equal(OrderStatus.AwaitingInspection, b.Order.Status);
        Assert.Equal(2, b.Order.Jobs.Count);
    }

    [Fact]
    public void IssueSupplementaryEstimate_WhenIssued_AddsNoJobUntilApproved()
    {
        var b = Received().To(OrderStatus.InProgress).ReportExtraFault();

        b.Supplement();

        Assert.Equal(2, b.Order.Jobs.Count);
        var supplement = b.Pending;
        Assert.Equal(EstimateKind.Supplementary, supplement.Kind);
        Assert.Equal(supplement.Number, b.Order.ExtraFaults[0].EstimatedInVersion);
        Assert.Equal(920m, b.Order.LabourTotal + b.Order.PartsTotal); // still only version 1 is charged

        b.ApproveAll();

        var added = b.Order.Jobs[2];
        Assert.Equal((3, supplement.Number, 1, JobStatus.Waiting), (added.Number, added.EstimateVersion, added.LineNumber, added.Status));
        Assert.Equal(470m + 300m, b.Order.LabourTotal);
        Assert.Equal(450m + 600m, b.Order.PartsTotal);
        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
    }

    [Fact]
    public void IssueSupplementaryEstimate_WhenTheCarWasAwaitingInspection_BringsItBackToTheWorkshop()
    {
        var b = Received().To(OrderStatus.AwaitingInspection).ReportExtraFault();

        b.Supplement();

        Assert.Equal(OrderStatus.InProgress, b.Order.Status);
    }

    [Fact]
    public void IssueSupplementaryEstimate_WhenAnotherIsPending_SupersedesIt()
    {
        var b = Received().To(OrderStatus.InProgress).ReportExtraFault().Supplement();
        var first = b.Pending;

        b.Supplement(lines: [new EstimateLineInput(LineKind.Labour, "更换右前减震器", null, 2m, 140m)]);

        Assert.Equal(VersionState.Superseded, first.State);
        Assert.NotEqual(first.Number, b.Pending.Number);
    }

    [Fact]
    public void IssueSupplementaryEstimate_WhenAnExtraFaultDoesNotExist_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<InvalidValueException>(() =>
            b.Order.IssueSupplementaryEstimate(b.EstimateInput(SupplementLines()), [7], Advisor, b.Tick()));

        Assert.Equal("extraFaultNumbers", ex.Field);
    }

    [Fact]
    public void DispatchJob_WhenTheJobIsInProgress_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<RuleViolationException>(() => b.Order.DispatchJob(1, OtherTechnician));

        Assert.Equal("job-not-dispatchable", ex.Rule);
    }

    [Fact]
    public void DispatchJob_WhenTheJobIsPaused_MovesItToAnotherTechnician()
    {
        var b = Received().To(OrderStatus.InProgress);
        b.Order.PauseJob(1, "换人", Technician, false, b.Tick());

        b.Order.DispatchJob(1, OtherTechnician);
        b.Order.StartJob(1, OtherTechnician, false, b.Tick());

        Assert.Equal(OtherTechnician.UserId, b.Order.Jobs[0].TechnicianId);
        Assert.Throws<NotAssignedException>(() => b.Order.FinishJob(1, Technician, false, b.Tick()));
    }

    // Delay notices and lateness.

    [Fact]
    public void RecordDelayNotice_WhenGivenBeforeThePromisedTime_MovesThePromiseAndIsInTime()
    {
        var b = Received().To(OrderStatus.InProgress);
        var promise = b.Order.PromisedCompletionAt!.Value;

        var notice = b.Order.RecordDelayNotice("配件未到", promise.AddDays(1), Advisor, promise.AddMinutes(-1));

        Assert.True(notice.NotifiedInTime);
        Assert.Equal((promise, promise.AddDays(1)), (notice.PreviousPromisedCompletionAt, notice.NewPromisedCompletionAt));
        Assert.Equal(promise.AddDays(1), b.Order.PromisedCompletionAt);
        Assert.Single(b.Order.DelayNotices);
    }

    [Fact]
    public void RecordDelayNotice_WhenGivenExactlyAtThePromisedTime_IsInTime()
    {
        var b = Received().To(OrderStatus.InProgress);
        var promise = b.Order.PromisedCompletionAt!.Value;

        Assert.True(b.Order.RecordDelayNotice("配件未到", promise.AddDays(1), Advisor, promise).NotifiedInTime);
    }

    [Fact]
    public void RecordDelayNotice_WhenGivenAfterThePromisedTime_IsRecordedButFlaggedLate()
    {
        var b = Received().To(OrderStatus.InProgress);
        var promise = b.Order.PromisedCompletionAt!.Value;

        var notice = b.Order.RecordDelayNotice("配件未到", promise.AddDays(1), Advisor, promise.AddSeconds(1));

        Assert.False(notice.NotifiedInTime);
        Assert.Equal(promise.AddDays(1), b.Order.PromisedCompletionAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void RecordDelayNotice_WhenTheNewTimeIsNotLaterThanThePromise_IsRefused(int minutesAfterPromise)
    {
        var b = Received().To(OrderStatus.InProgress);
        var promise = b.Order.PromisedCompletionAt!.Value;

        var ex = Assert.Throws<InvalidValueException>(() =>
            b.Order.RecordDelayNotice("配件未到", promise.AddMinutes(minutesAfterPromise), Advisor, b.Tick()));

        Assert.Equal("newPromisedCompletionAt", ex.Field);
        Assert.Equal(promise, b.Order.PromisedCompletionAt);
    }

    [Fact]
    public void RecordDelayNotice_WhenTheNewTimeIsAlreadyPast_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);
        var promise = b.Order.PromisedCompletionAt!.Value;

        var ex = Assert.Throws<InvalidValueException>(() =>
            b.Order.RecordDelayNotice("配件未到", promise.AddHours(1), Advisor, promise.AddHours(2)));

        Assert.Equal("newPromisedCompletionAt", ex.Field);
    }

    [Fact]
    public void RecordDelayNotice_WhenNoReasonIsGiven_IsRefused()
    {
        var b = Received().To(OrderStatus.InProgress);

        var ex = Assert.Throws<InvalidValueException>(() =>
            b.Order.RecordDelayNotice(" ", b.Order.PromisedCompletionAt!.Value.AddDays(1), Advisor, b.Tick()));

        Assert.Equal("reason", ex.Field);
    }

    [Fact]
    public void IsLate_WhenThePromisedTimeHasNotPassed_IsFalse()
    {
        var b = Received().To(OrderStatus.InProgress);

        Assert.False(b.Order.IsLate(b.Order.PromisedCompletionAt!.Value));
    }

    [Theory]
    [InlineData(OrderStatus.AwaitingApproval)]
    [InlineData(OrderStatus.Approved)]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.AwaitingInspection)]
    public void IsLate_WhenThePromisedTimeHasPassedAndTheCarIsNotReady_IsTrue(OrderStatus status)
    {
        var b = Received().To(status);

        Assert.True(b.Order.IsLate(b.Order.PromisedCompletionAt!.Value.AddSeconds(1)));
    }

    [Theory]
    [InlineData(OrderStatus.Received)]
    [InlineData(OrderStatus.EstimateDeclined)]
    [InlineData(OrderStatus.ReadyForHandover)]
    [InlineData(OrderStatus.HandedOver)]
    [InlineData(OrderStatus.Cancelled)]
    public void IsLate_WhenTheCarIsReadyOrNoWorkIsUnderWay_IsFalse(OrderStatus status)
    {
        var b = Received().To(status);

        Assert.False(b.Order.IsLate(T0.AddDays(30)));
    }

    [Fact]
    public void IsLate_WhenTheDelayNoticeMovedThePromise_IsFalseUntilTheNewTime()
    {
        var b = Received().To(OrderStatus.InProgress);
        var promise = b.Order.PromisedCompletionAt!.Value;
        b.Order.RecordDelayNotice("配件未到", promise.AddDays(1), Advisor, b.Tick());

        Assert.False(b.Order.IsLate(promise.AddHours(1)));
        Assert.True(b.Order.IsLate(promise.AddDays(1).AddSeconds(1)));
    }

    [Fact]
    public void ReportExtraFault_WhenReported_IsNumberedAndWaitsForTheAdvisor()
    {
        var b = Received().To(OrderStatus.InProgress);

        var first = b.Order.ReportExtraFault("右前减震器漏油", 1, Technician, b.Tick());
        var second = b.Order.ReportExtraFault("雨刮片老化", null, Technician, b.Tick());

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Null(first.EstimatedInVersion);
        Assert.Equal(2, b.Order.Jobs.Count);
    }

    [Fact]
    public void ReportExtraFault_WhenTheJobDoesNotExist_IsNotFound()
    {
        var b = Received().To(OrderStatus.InProgress);

        Assert.Throws<JobNotFoundException>(() => b.Order.ReportExtraFault("右前减震器漏油", 9, Technician, b.Tick()));
    }
}
