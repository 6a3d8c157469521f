using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Api.Tests.Persistence;

namespace WorkshopAdvisor.Api.Tests.Docs;

/// <summary>The README's walkthrough, run exactly as written (bash, curl, jq) against a live API on a real port.</summary>
[Collection(Category.Process)]
[Trait(Category.Name, Category.Process)]
public sealed partial class ReadmeWalkthroughTests
{
    [RequiresToolsFact("bash", "curl", "jq")]
    public async Task Walkthrough_InReadme_WorksAsWritten()
    {
        var readme = await File.ReadAllTextAsync(SchemaScriptTests.RepoFile("README.md"));
        var section = readme[readme.IndexOf("<!-- walkthrough:start -->", StringComparison.Ordinal)..readme.IndexOf("<!-- walkthrough:end -->", StringComparison.Ordinal)];
        var blocks = BashBlock().Matches(section).Select(m => m.Groups[1].Value)
            .Where(b => !b.TrimStart().StartsWith("PASSWORD=", StringComparison.Ordinal)) // the reader's own line
            .ToList();
        Assert.True(blocks.Count >= 3, "the walkthrough section lost its bash blocks");

        using var database = new TestDatabase();
        var clock = new TestClock();
        clock.Set(DateTimeOffset.UtcNow); // the walkthrough promises "tomorrow" by the machine's own date
        await using var api = new ApiFactory(database, clock);
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var (exit, output) = await RunBash(string.Join("\n", blocks), new() { ["B"] = address, ["PASSWORD"] = ApiFactory.ManagerPassword });

        Assert.True(exit == 0, $"the walkthrough failed (exit {exit}):\n{output}");
        Assert.Contains("\"status\":\"HandedOver\",\"settlement\":{\"number\":\"JS-", output, StringComparison.Ordinal);
        Assert.Contains("{\"insideGuarantee\":true,\"cause\":\"Workmanship\",\"covered\":true}", output, StringComparison.Ordinal);
        Assert.Contains("\"amountDue\":0", output, StringComparison.Ordinal);
        // No job starts on an unsigned work order; once both have signed, it is.
        Assert.Contains("\"type\":\"/problems/work-order-unsigned\"", output, StringComparison.Ordinal);
        Assert.Contains("{\"workOrderSigned\":true,", output, StringComparison.Ordinal);
        // The guarantee's km run from the odometer read after the road test, not from reception.
        Assert.Contains("\"startOdometerKm\":15238", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunBash(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10)); // a ceiling for a busy machine; it takes seconds
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
