using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Operations;

/// <summary>What an IT person sees when the API starts the first time: a few lines, each worth reading.</summary>
[Collection(Category.Process)]
[Trait(Category.Name, Category.Process)]
public sealed partial class StartupOutputTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task FirstStart_SaysTheDatabaseWhereItListensTheCareEngineAndTheManager_InAFewLines()
    {
        var settings = ApiProcess.Settings(_database, "unused");
        settings.Remove("Bootstrap__ManagerPassword");
        settings.Remove("Logging__LogLevel__Default"); // as configured in appsettings.json

        await using var api = await ApiProcess.StartAsync(settings);
        await api.WaitForOutputAsync(l => l.Contains("Care engine:", StringComparison.Ordinal));

        var output = api.Output.Where(l => l.Trim().Length > 0).ToList();
        var text = string.Join(Environment.NewLine, output);
        Assert.True(output.Count <= 10, $"{output.Count} lines at start-up:\n{text}");
        Assert.Contains(output, l => l.Contains($"Database: {_database.Provider.Name}", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(output, l => l.Contains($"Listening on {api.BaseAddress.ToString().TrimEnd('/')}", StringComparison.Ordinal));
        Assert.Contains(output, l => l.Contains("Care engine: running", StringComparison.Ordinal));
        var password = output.Single(l => l.TrimStart().StartsWith("password:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        // Log lines ("12:00:00 info: Category[1] ...") are the API's own; the framework's and the scheduler's stay quiet.
        // (The build output that ApiProcess runs has no wwwroot, which only a publish copies: the static files' warning says so.)
        var categories = output.Select(l => LogCategory().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            .Where(c => c != "Microsoft.AspNetCore.StaticFiles.StaticFileMiddleware").Distinct();
        Assert.Equal(["WorkshopAdvisor"], categories);
        // The printed password is the manager's.
        using var client = api.Client();
        Assert.True((await client.PostAsJsonAsync("/auth/token", new { userName = "manager", password })).IsSuccessStatusCode);
    }

    [GeneratedRegex(@"^\S+ (?:trce|dbug|info|warn|fail|crit): ([^\[ ]+)\[")]
    private static partial Regex LogCategory();
}
