using System.Text.Json;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Infrastructure.Care;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>The shop's staff working against the API process.</summary>
internal sealed class RemoteShop
{
    private readonly ApiProcess _api;
    private readonly Dictionary<Role, (long Id, string Token)> _staff;

    private RemoteShop(ApiProcess api, Dictionary<Role, (long Id, string Token)> staff)
    {
        _api = api;
        _staff = staff;
    }

    public static async Task<RemoteShop> CreateAsync(ApiProcess api, string managerPassword, string prefix = "kill-")
    {
        var manager = await api.SignInAsync("manager", managerPassword);
        var staff = new Dictionary<Role, (long, string)> { [Role.Manager] = (0, manager) };
        using var client = api.Client(manager);
        foreach (var role in new[] { Role.Advisor, Role.Technician, Role.Inspector, Role.Foreman, Role.CareAgent })
        {
            var name = prefix + role.ToString().ToLowerInvariant();
            var created = await (await client.PostJson("/users", new { userName = name, displayName = ShopFixture.DisplayName(role), role, password = name + "-password" })).Read<Workshop.IdOnly>();
            staff[role] = (created.Id, await api.SignInAsync(name, name + "-password"));
        }
        return new RemoteShop(api, staff);
    }

    public static async Task<RemoteShop> SignInAsync(ApiProcess api, string managerPassword)
    {
        var staff = new Dictionary<Role, (long, string)> { [Role.Manager] = (0, await api.SignInAsync("manager", managerPassword)) };
        return new RemoteShop(api, staff);
    }

    public HttpClient As(Role role) => _api.Client(_staff[role].Token);

    /// <summary>The same people, signed in, working through another instance (the key ring is shared in the database).</summary>
    public RemoteShop On(ApiProcess other) => new(other, _staff);

    public async Task<long> HandOverAsync()
    {
        using var advisor = As(Role.Advisor);
        var customer = await (await advisor.PostJson("/customers", new { name = "周杰", phones = new[] { Identifiers.Phone() }, @class = "B" })).Read<Workshop.IdOnly>();
        var vehicle = await (await advisor.PostJson($"/customers/{customer.Id}/vehicles", new
        {
            vin = Identifiers.ValidVin(),
            plate = Identifiers.Plate(),
            model = "丰田 凯美瑞",
            engineNumber = "A25A" + Identifiers.Next(),
            vehicleClass = "Car",
            odometerKm = 30_000,
        })).Read<Workshop.IdOnly>();
        var order = await (await advisor.PostJson("/repair-orders", Workshop.Reception(vehicle.Id, 30_100))).Read<RepairOrderResponse>();
        await (await advisor.PutJson($"/repair-orders/{order.Id}/diagnosis", new { engineTemperature = "Cold", frequency = "Always", findings = new[] { "刹车片磨损" } })).Read<RepairOrderResponse>();
        await (await advisor.PostJson($"/repair-orders/{order.Id}/estimates", Workshop.Estimate(promised: DateTimeOffset.UtcNow.AddDays(1)))).Read<RepairOrderResponse>();
        await (await advisor.PostJson($"/repair-orders/{order.Id}/estimates/1/decision", new { approvedLines = new[] { 1, 2, 3, 4 }, declinedLines = Array.Empty<int>(), decidedBy = "周杰" })).Read<RepairOrderResponse>();
        var signature = Convert.ToBase64String(TestImages.SignaturePng);
        await (await advisor.PutJson($"/repair-orders/{order.Id}/signatures/advisor", new { imagePng = signature })).Read<RepairOrderResponse>();
        order = await (await advisor.PutJson($"/repair-orders/{order.Id}/signatures/customer", new { signerName = "周杰", imagePng = signature })).Read<RepairOrderResponse>();
        using var foreman = As(Role.Foreman);
        using var technician = As(Role.Technician);
        foreach (var job in order.Jobs)
        {
            await (await foreman.PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/dispatch", new { technicianId = _staff[Role.Technician].Id })).Read<RepairOrderResponse>();
            await (await technician.PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/start")).Read<RepairOrderResponse>();
            order = await (await technician.PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/finish")).Read<RepairOrderResponse>();
        }
        using var inspector = As(Role.Inspector);
        order = await (await inspector.PostJson($"/repair-orders/{order.Id}/final-inspection", Workshop.PassingInspection(order))).Read<RepairOrderResponse>();
        order = await (await advisor.PostJson($"/repair-orders/{order.Id}/handover", Workshop.Handover(order, order.Totals.Total, paymentMethod: "支付宝"))).Read<RepairOrderResponse>();
        return order.Id;
    }

    public async Task<long> OpenComplaintAsync()
    {
        using var agent = As(Role.CareAgent);
        var customer = await (await As(Role.Advisor).PostJson("/customers", new { name = "吴敏", phones = new[] { Identifiers.Phone() } })).Read<Workshop.IdOnly>();
        return (await (await agent.PostJson("/complaints", new { customerId = customer.Id, description = "等待时间太长" })).Read<ComplaintResponse>()).Id;
    }

    public async Task<List<RevisitCallResponse>> CallsAsync(IEnumerable<long> orderIds)
    {
        var calls = new List<RevisitCallResponse>();
        foreach (var orderId in orderIds)
        {
            var page = await GetAsync<PagedList<CallListItem>>($"/care/calls?view=All&orderId={orderId}&pageSize=100");
            foreach (var item in page.Items)
            {
                calls.Add(await GetAsync<RevisitCallResponse>($"/care/calls/{item.Id}"));
            }
        }
        return calls;
    }

    public async Task<List<ComplaintResponse>> ComplaintsAsync(IEnumerable<long> ids)
    {
        var complaints = new List<ComplaintResponse>();
        foreach (var id in ids)
        {
            complaints.Add(await GetAsync<ComplaintResponse>($"/complaints/{id}"));
        }
        return complaints;
    }

    public async Task<List<WorkItem>> AllWorkAsync(string state)
    {
        var items = new List<WorkItem>();
        for (var page = 1; ; page++)
        {
            var result = await GetAsync<PagedList<WorkItem>>($"/care/operations/work?state={state}&pageSize=100&page={page}");
            items.AddRange(result.Items);
            if (items.Count >= result.Total || result.Items.Count == 0)
            {
                return items;
            }
        }
    }

    /// <summary>Every revisit call of the orders is in the call list once and came due once; every complaint escalated once, with one alert.</summary>
    public async Task AssertEachCameDueOnceAsync(List<long> orders, List<long> complaints)
    {
        var calls = await CallsAsync(orders);
        var list = await GetAsync<PagedList<CallListItem>>("/care/calls?view=Open&pageSize=100");
        foreach (var call in calls)
        {
            Assert.Single(list.Items, i => i.Kind == CallListKind.Revisit && i.Id == call.Id);
        }
        var done = await AllWorkAsync("Done");
        foreach (var call in calls)
        {
            var cameDue = done.Where(w => w.Kind == CareTimerKind.RevisitCallDue && w.SubjectId == call.Id && w.Outcome!.StartsWith($"call {call.Id} due", StringComparison.Ordinal));
            Assert.Single(cameDue);
        }
        Assert.Empty(await AllWorkAsync("Failed"));
        var alerts = await GetAsync<PagedList<AlertResponse>>("/alerts?pageSize=100");
        foreach (var complaint in await ComplaintsAsync(complaints))
        {
            Assert.Single(complaint.Escalations);
            Assert.Single(alerts.Items, a => a.Kind == AlertKind.ComplaintEscalated && a.SubjectId == complaint.Id);
        }
    }

    public async Task<T> GetAsync<T>(string url)
    {
        using var client = As(Role.Manager);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} GET {url}: {text}");
        return JsonSerializer.Deserialize<T>(text, ShopFixture.Json)!;
    }
}
