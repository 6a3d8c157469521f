using System.Net;
using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.Boards;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Docs;

public sealed class DemoDataTests
{
    [Fact]
    public async Task DemoData_OnAnEmptyArchive_FillsEveryColumnOfTodaysBoard()
    {
        using var database = new TestDatabase();
        var clock = new TestClock();
        await SeedAsync(database, clock);
        await using var api = new ApiFactory(database, clock);
        var token = await SignIn(api);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var board = await client.GetFromJsonAsync<TodayBoardResponse>("/boards/today", ShopFixture.Json);

        Assert.NotNull(board);
        Assert.NotEmpty(board.ArrivedToday);
        Assert.NotEmpty(board.AwaitingEstimate);
        Assert.NotEmpty(board.AwaitingApproval);
        Assert.NotEmpty(board.InWorkshop);
        Assert.NotEmpty(board.Late);
        Assert.NotEmpty(board.ReadyForHandover);
        var users = await client.GetFromJsonAsync<List<Api.Features.Users.UserResponse>>("/users", ShopFixture.Json);
        Assert.Equal(Enum.GetValues<Role>().Order(), users!.Select(u => u.Role).Distinct().Order());
    }

    // Issue 12: on every demo order the labour subtotal was on page 1 and the parts and total on page 2.
    [PopplerFact]
    public async Task WorkOrderPdf_ForEveryDemoOrderWithAnApprovedEstimate_PrintsTheWholeChargesBlockOnOnePageOfTheCustomerCopy()
    {
        using var database = new TestDatabase();
        var clock = new TestClock();
        await SeedAsync(database, clock);
        await using var api = new ApiFactory(database, clock);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await SignIn(api));
        var orders = await client.GetFromJsonAsync<PagedList<RepairOrderListItem>>("/repair-orders?pageSize=100", ShopFixture.Json);

        var printed = 0;
        foreach (var order in orders!.Items)
        {
            using var response = await client.GetAsync($"/repair-orders/{order.Id}/documents/work-order.pdf");
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                continue; // no approved estimate yet: nothing to print
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var pdf = await response.Content.ReadAsByteArrayAsync();
            var customerCopy = Enumerable.Range(1, PdfTools.PageCount(pdf) / 2).Select(page => PdfTools.Text(pdf, page)).ToList();

            var pagesOfEach = ChargesBlock.Select(part => customerCopy.FindIndex(page => page.Contains(part, StringComparison.Ordinal)) + 1).ToList();
            Assert.True(pagesOfEach.All(page => page > 0) && pagesOfEach.Distinct().Count() == 1,
                $"{order.Number}: {string.Join(", ", ChargesBlock)} on pages {string.Join(", ", pagesOfEach)} of the customer copy");
            printed++;
        }

        Assert.True(printed >= 4, $"only {printed} demo orders print a work order");
    }

    private static readonly string[] ChargesBlock = ["费用合计 Charges", "工时费 Labour", "材料费 Parts", "合计 Total"];

    private static async Task SeedAsync(TestDatabase database, TestClock clock)
    {
        await using var seeded = new ApiFactory(database, clock).WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "true"));
        seeded.CreateClient().Dispose(); // starts the host, which migrates and seeds
    }

    private static async Task<string> SignIn(ApiFactory api)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/auth/token", new { userName = "manager", password = ApiFactory.ManagerPassword });
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
