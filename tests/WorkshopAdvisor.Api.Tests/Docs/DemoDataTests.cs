using System.Net.Http.Json;
using WorkshopAdvisor.Api.Features.Boards;
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
        await using (var seeded = new ApiFactory(database, clock).WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "true")))
        {
            seeded.CreateClient().Dispose(); // starts the host, which migrates and seeds
        }
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

    private static async Task<string> SignIn(ApiFactory api)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/auth/token", new { userName = "manager", password = ApiFactory.ManagerPassword });
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
