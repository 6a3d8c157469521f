using System.Net;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.RepairOrders;

public sealed class ConcurrencyTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Action_WithStaleIfMatch_Is409AndChangesNothing()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        var staleVersion = order.Version;
        await shop.DiagnoseAsync(order.Id); // someone else changes the order in between

        var request = new HttpRequestMessage(HttpMethod.Post, $"/repair-orders/{order.Id}/cancellation")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { reason = "客户改变主意" }),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{staleVersion}\""));
        var response = await shop.As(Role.Advisor).SendAsync(request);

        await response.AssertProblem(HttpStatusCode.Conflict, "/problems/concurrency-conflict");
        var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}")).Read<RepairOrderResponse>();
        Assert.Equal(OrderStatus.Received, after.Status);
    }

    [Fact]
    public async Task Get_ReturnsTheVersionAsETag_AndAMatchingIfMatchIsAccepted()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        var get = await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}");
        var etag = get.Headers.ETag!;
        Assert.Equal($"\"{order.Version}\"", etag.Tag);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/repair-orders/{order.Id}/cancellation")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { reason = "客户改变主意" }),
        };
        request.Headers.IfMatch.Add(etag);
        var cancelled = await (await shop.As(Role.Advisor).SendAsync(request)).Read<RepairOrderResponse>();

        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
    }

    [Fact]
    public async Task TwoTechniciansFinishingJobsOfOneCarAtOnce_BothSucceedAndNoUpdateIsLost()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReceiveAsync(vehicleId);
        await shop.DiagnoseAsync(order.Id);
        await shop.EstimateAsync(order.Id);
        await shop.DecideAsync(order.Id, 1, [1, 2, 3, 4], []);
        foreach (var job in new[] { 1, 2 })
        {
            await (await shop.As(Role.Foreman).PostJson($"/repair-orders/{order.Id}/jobs/{job}/dispatch", new { technicianId = shop.StaffId(Role.Technician) })).Read<RepairOrderResponse>();
            await (await shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/{job}/start")).Read<RepairOrderResponse>();
        }

        var responses = await Task.WhenAll(
            shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/1/finish"),
            shop.As(Role.Technician).PostJson($"/repair-orders/{order.Id}/jobs/2/finish"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await (await shop.As(Role.Advisor).GetAsync($"/repair-orders/{order.Id}")).Read<RepairOrderResponse>();
        Assert.All(after.Jobs, j => Assert.Equal(JobStatus.Done, j.Status));
        Assert.Equal(OrderStatus.AwaitingInspection, after.Status);
    }

    [Fact]
    public async Task SameActionTwiceAtOnce_OnlyOneSucceeds_TheOtherIs409NamingTheState()
    {
        var (_, vehicleId) = await shop.RegisterCarAsync();
        var order = await shop.ReadyForHandoverAsync(vehicleId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            shop.As(Role.Advisor).PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, order.Totals.Total))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = await responses.Single(r => r.StatusCode != HttpStatusCode.OK).AssertProblem(HttpStatusCode.Conflict, "/problems/status-conflict");
        Assert.Equal("HandedOver", refused.GetProperty("currentStatus").GetString());
    }
}
