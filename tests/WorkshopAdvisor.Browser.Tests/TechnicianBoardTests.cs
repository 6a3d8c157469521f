using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Browser.Tests.Infrastructure;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Browser.Tests;

/// <summary>The technician's board on a tablet in the bay.</summary>
public sealed class TechnicianBoardTests(BrowserShop shop) : IClassFixture<BrowserShop>
{
    /// <summary>An approved order whose two jobs wait; dispatched to the technician unless told otherwise.</summary>
    private async Task<RepairOrderResponse> ApprovedAsync(bool dispatch = true)
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        order = await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        if (dispatch)
        {
            foreach (var job in order.Jobs)
            {
                order = await DispatchAsync(order.Id, job.Number);
            }
        }
        return order;
    }

    private async Task<RepairOrderResponse> DispatchAsync(long orderId, int job) =>
        await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{orderId}/jobs/{job}/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();

    private Task<RepairOrderResponse> OrderAsync(long id) => shop.As(Role.Advisor).GetAsync($"/repair-orders/{id}").Result.Read<RepairOrderResponse>();

    private static string Card(RepairOrderResponse order, int job) => $"article.job[data-order='{order.Number}'][data-job='{job}']";

    [BrowserFact]
    public async Task Technician_SignsInThenStartsAndFinishesAJob_FromTheBoard()
    {
        var order = await ApprovedAsync();
        using var tablet = Chromium.Tablet(shop.BaseUrl);

        tablet.SignInAndOpen(shop, Role.Technician, "/app/technician", screenshot: "pages-sign-in");
        var card = Card(order, 1);
        tablet.WaitFor(card + "[data-status='Waiting']");
        tablet.Click(card + " button.start");
        tablet.WaitFor(card + "[data-status='InProgress']");
        tablet.Screenshot("pages-technician");
        tablet.AssertNoPageErrors();
        Assert.Equal(JobStatus.InProgress, (await OrderAsync(order.Id)).Jobs[0].Status);

        tablet.Click(card + " button.finish");
        tablet.Click(card + " button.finish"); // the second tap confirms
        tablet.WaitUntil(() => tablet.FindAll(card).Count == 0, "the finished job to leave the board");

        var after = await OrderAsync(order.Id);
        Assert.Equal((JobStatus.Done, JobStatus.Waiting), (after.Jobs[0].Status, after.Jobs[1].Status));
        Assert.Equal(OrderStatus.InProgress, after.Status);
        Assert.Single(tablet.FindAll($"article.job[data-order='{order.Number}']"));
    }

    [BrowserFact]
    public async Task Technician_PausesWithAReasonAndReportsAnExtraFault_BothReachTheOrder()
    {
        var order = await ApprovedAsync();
        await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/start")).Read<RepairOrderResponse>();
        using var tablet = Chromium.Tablet(shop.BaseUrl);
        tablet.SignInAndOpen(shop, Role.Technician, "/app/technician");
        var card = Card(order, 1);

        tablet.Click(card + "[data-status='InProgress'] button.pause");
        tablet.Click(card + " .pause-form .reasons button");
        tablet.Screenshot("technician-pause-reason");
        tablet.Click(card + " .pause-form button.confirm-pause");
        var paused = tablet.WaitFor(card + "[data-status='Paused']");
        Assert.Contains("等待配件", paused.Text, StringComparison.Ordinal);

        tablet.Click(card + " button.fault");
        tablet.Type(card + " .fault-form textarea", "左前刹车片磨损到极限，建议更换");
        tablet.Click(card + " .fault-form button.send-fault");
        tablet.WaitUntil(() => tablet.FindAll(card + " .fault-form").Count == 0, "the fault form to close after sending");

        var after = await OrderAsync(order.Id);
        Assert.Equal(JobStatus.Paused, after.Jobs[0].Status);
        Assert.StartsWith("等待配件", after.Jobs[0].PauseReason, StringComparison.Ordinal);
        var fault = Assert.Single(after.ExtraFaults);
        Assert.Equal(("左前刹车片磨损到极限，建议更换", (int?)1, ShopFixture.DisplayName(Role.Technician)), (fault.Description, fault.JobNumber, fault.ReportedBy));
    }

    [BrowserFact]
    public async Task TechnicianBoard_ShowsAJobDispatchedMeanwhile_WithoutReloading()
    {
        var order = await ApprovedAsync(dispatch: false);
        using var phone = Chromium.Phone(shop.BaseUrl);
        phone.SignInAndOpen(shop, Role.Technician, "/app/technician");
        phone.WaitFor("#status");
        Assert.Empty(phone.FindAll($"article.job[data-order='{order.Number}']"));

        await DispatchAsync(order.Id, 2);

        phone.WaitFor(Card(order, 2));
        phone.Screenshot("technician-phone");
    }

    [BrowserFact]
    public void TechnicianBoard_ForAnAdvisor_SaysThereIsNoAccess()
    {
        using var tablet = Chromium.Tablet(shop.BaseUrl);

        tablet.SignInAndOpen(shop, Role.Advisor, "/app/technician");

        Assert.Equal("forbidden", tablet.WaitFor("#notice").GetAttribute("data-reason"));
    }
}
