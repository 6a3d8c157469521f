using WorkshopAdvisor.Domain.RepairOrders;
using static WorkshopAdvisor.Domain.Tests.OrderBuilder;

namespace WorkshopAdvisor.Domain.Tests.Guarantees;

/// <summary>
/// The guarantee's days are calendar days of the shop (Asia/Shanghai, UTC+8 here): the day of handover is not
/// counted (民法典 第二百零一条), the last day ends at 24:00 (第二百零三条). Its km run from the odometer as the car
/// leaves, after the road test. A minor repair on a car: 2,000 km or 10 days.
/// </summary>
public sealed class GuaranteeCalendarTests
{
    /// <summary>11 March 2025, 09:00 in Beijing.</summary>
    private static readonly DateTime NineInTheMorning = new(2025, 3, 11, 1, 0, 0, DateTimeKind.Utc);

    private static OrderBuilder HandedOverAt(DateTime at, int? odometerKm = null)
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        b.Order.HandOver(b.PayInFull() with { OdometerKm = odometerKm }, "ST-20250311-0001", Advisor, Policy, at);
        return b;
    }

    private static DateTime Beijing(int month, int day, int hour, int minute) =>
        new DateTime(2025, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Fact]
    public void GuaranteeDays_WhenHandedOverAtNine_RunToMidnightEndingTheTenthDayAfter()
    {
        var g = HandedOverAt(NineInTheMorning).Order.Guarantee!;

        Assert.Equal(new DateOnly(2025, 3, 21), g.LastDay);
        Assert.Equal(Beijing(3, 22, 0, 0), g.EndsAt);
        Assert.Equal("Asia/Shanghai", g.TimeZone);
    }

    [Theory]
    [InlineData(23, 59, true)] // the last calendar day, one minute before midnight in the shop
    [InlineData(24, 0, false)] // midnight: the next day has begun
    public void GuaranteeDays_WhenBackOnTheLastCalendarDayAt2359VersusTheNextDayAt0000_RunOutAtMidnightShopTime(int hour, int minute, bool inside)
    {
        var original = HandedOverAt(NineInTheMorning);

        var back = WarrantyReturnOf(original, Beijing(3, 21, 0, 0).AddHours(hour).AddMinutes(minute), ReceptionKm + 100);

        Assert.Equal(inside, back.Order.WarrantyReturn!.InsideGuarantee);
    }

    [Fact]
    public void GuaranteeDays_WhenBackAtThreeInTheAfternoonOfTheEndDateTheSettlementPrints_StillRun()
    {
        // Counting 24-hour blocks from 09:00 would have ended the guarantee six hours earlier on that same day.
        var original = HandedOverAt(NineInTheMorning);

        var back = WarrantyReturnOf(original, Beijing(3, 21, 15, 0), ReceptionKm + 100);

        Assert.Equal(original.Order.Guarantee!.LastDay, DateOnly.FromDateTime(Beijing(3, 21, 15, 0).AddHours(8)));
        Assert.True(back.Order.WarrantyReturn!.InsideGuarantee);
        Assert.Equal(10, back.Order.WarrantyReturn.DaysSinceHandover);
    }

    [Fact]
    public void GuaranteeDays_WhenHandedOverLateInTheEveningUtcButAfterMidnightInTheShop_CountFromTheShopsDay()
    {
        // 16:30 UTC on 11 March is 00:30 on 12 March in Beijing: the shop's day of handover is the 12th.
        var g = HandedOverAt(new DateTime(2025, 3, 11, 16, 30, 0, DateTimeKind.Utc)).Order.Guarantee!;

        Assert.Equal(new DateOnly(2025, 3, 22), g.LastDay);
    }

    [Fact]
    public void GuaranteeDays_WhenTheShopIsInAnotherTimeZone_FollowItsCalendar()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);
        var berlin = new ShopPolicy(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), 0.10m);

        // 09:00 UTC on 11 March is 10:00 in Berlin (winter time); the period ends at 24:00 Berlin time on the 21st.
        b.Order.HandOver(b.PayInFull(), "ST-1", Advisor, berlin, new DateTime(2025, 3, 11, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal((new DateOnly(2025, 3, 21), new DateTime(2025, 3, 21, 23, 0, 0, DateTimeKind.Utc)), (b.Order.Guarantee!.LastDay, b.Order.Guarantee.EndsAt));
    }

    [Theory]
    [InlineData(2_000, true)] // exactly the 2,000 km from the odometer as the car left
    [InlineData(2_001, false)]
    public void GuaranteeKm_WhenCountedFromTheOdometerAtHandoverNotAtReception_EndAtThatReadingPlusTheLimit(int kmSinceHandover, bool inside)
    {
        // Received at 15,000 km, 5 km of road test at inspection, 12 km more with the customer at handover.
        var original = HandedOverAt(NineInTheMorning, odometerKm: ReceptionKm + 17);
        Assert.Equal((ReceptionKm + 17, ReceptionKm + 17 + 2_000), (original.Order.Guarantee!.StartOdometerKm, original.Order.Guarantee.EndsAtOdometerKm));

        var back = WarrantyReturnOf(original, Beijing(3, 13, 10, 0), ReceptionKm + 17 + kmSinceHandover);

        Assert.Equal(inside, back.Order.WarrantyReturn!.InsideGuarantee);
    }

    [Fact]
    public void GuaranteeKm_WhenTheHandoverReadingIsBelowTheInspectionReading_IsRefused()
    {
        var b = Received().To(OrderStatus.ReadyForHandover);

        var ex = Assert.Throws<Common.InvalidValueException>(() => b.Order.HandOver(b.PayInFull() with { OdometerKm = ReceptionKm + 4 }, "ST-1", Advisor, Policy, b.Tick()));

        Assert.Equal("odometerKm", ex.Field);
    }

    [Fact]
    public void RecordFinalInspection_WhenNoOdometerIsRead_IsRefused()
    {
        var b = Received().To(OrderStatus.AwaitingInspection);

        var ex = Assert.Throws<Common.InvalidValueException>(() => b.Order.RecordFinalInspection(b.AllJobsPass() with { OdometerKm = null }, Inspector, b.Tick()));

        Assert.Equal("odometerKm", ex.Field);
    }

    [Theory]
    [InlineData(13, 1, 9)] // two days in: the 12th and 13th are gone, 14th to 21st left, counting today
    [InlineData(21, 1, 1)] // the last day itself
    [InlineData(22, 0, 0)] // ended at midnight
    public void GuaranteeRunningAt_WhenAskedOnADay_CountsTheCalendarDaysLeftIncludingToday(int day, int hour, int daysLeft)
    {
        var original = HandedOverAt(NineInTheMorning).Order;

        var running = original.GuaranteeRunningAt(Beijing(3, day, hour, 0), ReceptionKm + 5 + 1_500);

        Assert.Equal(daysLeft, running?.DaysLeft ?? 0);
        if (running is not null)
        {
            Assert.Equal((original.Number, 500), (running.OrderNumber, running.KmLeft));
        }
    }
}
