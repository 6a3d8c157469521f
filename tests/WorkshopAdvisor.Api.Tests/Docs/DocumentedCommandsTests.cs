using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Tests.Persistence;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Api.Tests.Docs;

/// <summary>
/// The start commands the docs give, run as written (<c>dotnet run ...</c> from the repository's root, in bash), with two
/// changes a reader would not make: <c>--no-build</c> with the configuration the tests were built in (the build is the
/// test run's own, not one more in the middle of it), and a free port for 5137. The demo's database goes to a folder of
/// the test's own (<c>Demo__Database</c>), so the repository's <c>data/</c> stays untouched.
/// </summary>
[Collection(Category.Process)]
[Trait(Category.Name, Category.Process)]
[WithoutDatabase]
public sealed partial class DocumentedCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workshop-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [RequiresToolsFact("bash")]
    public async Task DemoProfileCommand_InCustomerCareDoc_RunsTheDemoProfile_WithComplaintDeadlinesOfMinutes()
    {
        var doc = await File.ReadAllTextAsync(SchemaScriptTests.RepoFile("docs/customer-care.md"));
        var section = doc[doc.IndexOf("## Trying it as a new user", StringComparison.Ordinal)..];
        var command = BashBlock().Match(section).Groups[1].Value.Trim();
        var password = ManagerPassword().Match(command).Groups[1].Value;
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Demo", command, StringComparison.Ordinal);

        await using var api = await RunAsync(command);

        await api.WaitForOutputAsync(l => l.Contains("Listening on", StringComparison.Ordinal));
        Assert.Contains(api.Output, l => l.Contains("(Demo)", StringComparison.Ordinal));
        using var manager = await SignedInAsync(api, "manager", password);
        var customers = await (await manager.GetAsync("/customers")).Read<JsonElement>();
        var customerId = customers.GetProperty("items")[0].GetProperty("id").GetInt64();
        var complaint = await (await manager.PostJson("/complaints", new { customerId, description = "等待时间过长" })).Read<ComplaintResponse>();
        // appsettings.Demo.json: a solution is due 2 minutes after a complaint, where production allows 3 days.
        Assert.Equal(TimeSpan.FromMinutes(2), complaint.SolutionDueAt - complaint.OpenedAt);
    }

    [RequiresToolsFact("bash")]
    public async Task DemoCommandOnAnotherPort_InReadme_ListensThereWithTheDemoShop()
    {
        var readme = await File.ReadAllTextAsync(SchemaScriptTests.RepoFile("README.md"));
        var command = readme.Split('\n').Single(l => l.Contains("-- --demo-data --urls", StringComparison.Ordinal)).Trim();

        await using var api = await RunAsync(command);

        Assert.Equal(HttpStatusCode.OK, (await api.Client().GetAsync("/health/live")).StatusCode);
        await api.WaitForOutputAsync(l => l.Contains("Demo data loaded", StringComparison.Ordinal));
        Assert.Contains(api.Output, l => l.Contains("Demo staff accounts", StringComparison.Ordinal));
    }

    private Task<ApiProcess> RunAsync(string documented)
    {
        var port = ApiProcess.FreePort();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        // Whatever the machine running the tests has set must not decide the environment in place of the command.
        var command = "unset DOTNET_ENVIRONMENT ASPNETCORE_ENVIRONMENT; " + documented
            .Replace("dotnet run ", $"dotnet run --no-build -c {configuration} ", StringComparison.Ordinal)
            .Replace(":5137", $":{port}", StringComparison.Ordinal)
            .Replace(":5831", $":{port}", StringComparison.Ordinal);
        Assert.Contains($":{port}", command, StringComparison.Ordinal);
        return ApiProcess.StartCommandAsync(command, port, Path.GetDirectoryName(SchemaScriptTests.RepoFile("README.md"))!, new Dictionary<string, string>
        {
            ["Demo__Database"] = $"Data Source={Path.Combine(_folder, "demo.db")}",
        });
    }

    private static async Task<HttpClient> SignedInAsync(ApiProcess api, string userName, string password)
    {
        var client = api.Client();
        var token = await api.SignInAsync(userName, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"Bootstrap__ManagerPassword=(\S+)")]
    private static partial Regex ManagerPassword();
}
