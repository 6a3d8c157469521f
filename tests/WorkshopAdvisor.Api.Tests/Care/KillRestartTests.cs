using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Tests.Infrastructure;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Care;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>
/// The API in a process of its own, on real time, with revisit offsets and complaint deadlines of seconds:
/// follow-ups are planned, the process is killed with SIGKILL (some of them may have come due already, the
/// rest fall due while it is down, and some lose their Quartz wake-up as a crash at the worst moment would
/// leave them), and after a restart every one of them comes due, exactly once.
/// </summary>
public sealed class KillRestartTests : IDisposable
{
    private const string ManagerPassword = "kill-test-manager-password";
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)];
    private static readonly TimeSpan ComplaintDeadline = TimeSpan.FromSeconds(3);

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task KillNine_WhenFollowUpsArePlanned_EveryOneComesDueExactlyOnceAfterRestart()
    {
        List<long> orders;
        List<long> complaints;
        await using (var first = await StartAsync())
        {
            var shop = await RemoteShop.CreateAsync(first);
            orders = [await shop.HandOverAsync(), await shop.HandOverAsync(), await shop.HandOverAsync(), await shop.HandOverAsync()];
            complaints = [await shop.OpenComplaintAsync(), await shop.OpenComplaintAsync()];
            first.Kill();
        }
        // What a crash between the commit and the scheduling of the wake-ups would leave: rows without triggers.
        // Third order: the timers say no wake-up was scheduled. Fourth order: they say it was, but it is gone.
        var lost = LoseWakeUps(orders[2], forgetScheduling: true) + LoseWakeUps(orders[3], forgetScheduling: false);
        Assert.True(lost > 0, "no wake-up was still pending at the kill: the machine is too slow for these offsets");
        // Everything falls due while the API is down.
        await Task.Delay(Offsets.Max() + TimeSpan.FromSeconds(1));

        await using var second = await StartAsync();
        var again = await RemoteShop.SignInAsync(second);

        await CareSteps.EventuallyAsync(() => again.CallsAsync(orders), all => all.Count == 12 && all.All(c => c.Status == RevisitCallStatus.Due), TimeSpan.FromSeconds(30));
        var escalated = await CareSteps.EventuallyAsync(() => again.ComplaintsAsync(complaints), all => all.All(c => c.IsEscalated), TimeSpan.FromSeconds(30));
        // Give a second firing (a retry, the sweep, a recovered trigger) its chance to do anything twice.
        await Task.Delay(TimeSpan.FromSeconds(1));

        await AssertExactlyOnceAsync(again, orders, complaints);
        Assert.All(escalated, c => Assert.True(c.IsFlagged));
    }

    private static async Task AssertExactlyOnceAsync(RemoteShop shop, List<long> orders, List<long> complaints)
    {
        var calls = await shop.CallsAsync(orders);
        var list = await shop.GetAsync<PagedList<CallListItem>>("/care/calls?view=Open&pageSize=100");
        foreach (var call in calls)
        {
            Assert.Single(list.Items, i => i.Kind == CallListKind.Revisit && i.Id == call.Id);
        }
        var done = await shop.AllWorkAsync("Done");
        foreach (var call in calls)
        {
            var cameDue = done.Where(w => w.Kind == CareTimerKind.RevisitCallDue && w.SubjectId == call.Id && w.Outcome!.StartsWith($"call {call.Id} due", StringComparison.Ordinal));
            Assert.Single(cameDue);
        }
        Assert.Empty(await shop.AllWorkAsync("Failed"));
        var alerts = await shop.GetAsync<PagedList<AlertResponse>>("/alerts?pageSize=100");
        foreach (var complaint in await shop.ComplaintsAsync(complaints))
        {
            Assert.Single(complaint.Escalations);
            Assert.Single(alerts.Items, a => a.Kind == AlertKind.ComplaintEscalated && a.SubjectId == complaint.Id);
        }
    }

    /// <summary>Deletes the Quartz triggers of the order's calls that had not come due at the kill; returns how many.</summary>
    private int LoseWakeUps(long orderId, bool forgetScheduling)
    {
#if POSTGRES
        using DbConnection connection = new Npgsql.NpgsqlConnection(_database.ConnectionString + ";Pooling=false");
#else
        using DbConnection connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString + ";Pooling=False");
#endif
        connection.Open();
        var timers = new List<long>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = """
                SELECT t."Id" FROM "CareTimers" t JOIN "RevisitCalls" c ON c."Id" = t."SubjectId"
                WHERE t."Kind" = 'RevisitCallDue' AND t."State" = 'Pending' AND c."OrderId" = @order
                """;
            Add(select, "@order", orderId);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                timers.Add(reader.GetInt64(0));
            }
        }
        foreach (var id in timers)
        {
            var name = CareTimer.TriggerNameOf(id);
            foreach (var table in new[] { "qrtz_simple_triggers", "qrtz_triggers" })
            {
                using var delete = connection.CreateCommand();
                delete.CommandText = $"DELETE FROM {table} WHERE trigger_name = @name AND trigger_group = 'care'";
                Add(delete, "@name", name);
                delete.ExecuteNonQuery();
            }
            if (forgetScheduling)
            {
                using var update = connection.CreateCommand();
                update.CommandText = """UPDATE "CareTimers" SET "WakeUpScheduledAt" = NULL WHERE "Id" = @id""";
                Add(update, "@id", id);
                update.ExecuteNonQuery();
            }
        }
        return timers.Count;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private Task<ApiProcess> StartAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = _database.Provider,
            ["ConnectionStrings__Workshop"] = _database.ConnectionString,
            ["Bootstrap__ManagerPassword"] = ManagerPassword,
            ["Care__ComplaintSolutionDeadline"] = ComplaintDeadline.ToString("c", CultureInfo.InvariantCulture),
            ["Care__Engine__IdleWaitTime"] = "00:00:01",
            ["Care__Engine__MisfireThreshold"] = "00:00:01",
            ["Care__Engine__MisfireHandlerFrequency"] = "00:00:01",
            ["Care__Engine__SweepInterval"] = "00:00:05",
            ["Care__Engine__SweepGrace"] = "00:00:01",
            // On PostgreSQL the store is clustered: the killed node's acquired triggers are recovered once it
            // has missed its check-ins, which these make a matter of seconds.
            ["Care__Engine__ClusterCheckinInterval"] = "00:00:01",
            ["Care__Engine__ClusterCheckinMisfireThreshold"] = "00:00:02",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        for (var i = 0; i < Offsets.Length; i++)
        {
            environment[$"Care__RevisitOffsets__{i}"] = Offsets[i].ToString("c", CultureInfo.InvariantCulture);
        }
        return ApiProcess.StartAsync(environment);
    }

    /// <summary>The shop's staff working against the API process.</summary>
    private sealed class RemoteShop
    {
        private readonly ApiProcess _api;
        private readonly Dictionary<Role, (long Id, string Token)> _staff;

        private RemoteShop(ApiProcess api, Dictionary<Role, (long Id, string Token)> staff)
        {
            _api = api;
            _staff = staff;
        }

        public static async Task<RemoteShop> CreateAsync(ApiProcess api)
        {
            var manager = await api.SignInAsync("manager", ManagerPassword);
            var staff = new Dictionary<Role, (long, string)> { [Role.Manager] = (0, manager) };
            using var client = api.Client(manager);
            foreach (var role in new[] { Role.Advisor, Role.Technician, Role.Inspector, Role.Foreman, Role.CareAgent })
            {
                var name = "kill-" + role.ToString().ToLowerInvariant();
                var created = await (await client.PostJson("/users", new { userName = name, displayName = ShopFixture.DisplayName(role), role, password = name + "-password" })).Read<Workshop.IdOnly>();
                staff[role] = (created.Id, await api.SignInAsync(name, name + "-password"));
            }
            return new RemoteShop(api, staff);
        }

        public static async Task<RemoteShop> SignInAsync(ApiProcess api)
        {
            var staff = new Dictionary<Role, (long, string)> { [Role.Manager] = (0, await api.SignInAsync("manager", ManagerPassword)) };
            return new RemoteShop(api, staff);
        }

        public HttpClient As(Role role) => _api.Client(_staff[role].Token);

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
            order = await (await advisor.PostJson($"/repair-orders/{order.Id}/estimates/1/decision", new { approvedLines = new[] { 1, 2, 3, 4 }, declinedLines = Array.Empty<int>(), decidedBy = "周杰" })).Read<RepairOrderResponse>();
            using var foreman = As(Role.Foreman);
            using var technician = As(Role.Technician);
            foreach (var job in order.Jobs)
            {
                await (await foreman.PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/dispatch", new { technicianId = _staff[Role.Technician].Id })).Read<RepairOrderResponse>();
                await (await technician.PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/start")).Read<RepairOrderResponse>();
                order = await (await technician.PostJson($"/repair-orders/{order.Id}/jobs/{job.Number}/finish")).Read<RepairOrderResponse>();
            }
            using var inspector = As(Role.Inspector);
            order = await (await inspector.PostJson($"/repair-orders/{order.Id}/final-inspection", Workshop.PassingInspection(order.Jobs.Select(j => j.Number)))).Read<RepairOrderResponse>();
            order = await (await advisor.PostJson($"/repair-orders/{order.Id}/handover", new { amountPaid = order.Totals.Total, paymentMethod = "支付宝", acceptedBy = "周杰" })).Read<RepairOrderResponse>();
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

        public async Task<T> GetAsync<T>(string url)
        {
            using var client = As(Role.Manager);
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} GET {url}: {text}");
            return JsonSerializer.Deserialize<T>(text, ShopFixture.Json)!;
        }
    }
}
