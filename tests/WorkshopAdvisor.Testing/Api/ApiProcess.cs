using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// The built API started as a process of its own (<c>dotnet WorkshopAdvisor.Api.dll --urls ...</c>), so that a
/// test can kill it the hard way (SIGKILL, nothing runs on the way out) and start it again on the same
/// database file. Every process started here is killed when the test ends, passing or failing, and when
/// the test run itself exits.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    static ApiProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                TryKill(process);
            }
        };
    }

    private ApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>The last lines the API wrote, for the failure message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output.TakeLast(40));

    /// <summary>What every API process here runs with: production settings on the test's database, a known manager password, quiet logs.</summary>
    public static Dictionary<string, string> Settings(TestDatabase database, string managerPassword) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = database.Provider.Name,
        ["ConnectionStrings__Workshop"] = database.ConnectionString,
        ["Bootstrap__ManagerPassword"] = managerPassword,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>
    /// How long a start may take before the test gives up: a ceiling, not an expectation. A quiet machine starts the API
    /// in a few seconds; one busy with other builds and test runs has been seen to need more than a minute.
    /// </summary>
    public static readonly TimeSpan StartCeiling = TimeSpan.FromMinutes(5);

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ApiDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ApiDirectory, "WorkshopAdvisor.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Running[process.Id] = process;
        var api = new ApiProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => api.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => api.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitUntilServingAsync(StartCeiling);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
        return api;
    }

    /// <summary>kill -9: the process gets no chance to finish anything (no shutdown, no flush, no scheduler stop).</summary>
    public void Kill()
    {
        TryKill(_process);
        _process.WaitForExit(10_000);
        Running.TryRemove(_process.Id, out _);
    }

    public HttpClient Client(string? token = null)
    {
        // A ceiling for one request on a busy machine; they take milliseconds.
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public async Task<string> SignInAsync(string userName, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The API as built next to this test project (same configuration): src/WorkshopAdvisor.Api/bin/{Debug|Release}/net10.0.</summary>
    public static string ApiDirectory { get; } = FindApiDirectory();

    private static string FindApiDirectory()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        for (var dir = testBin; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkshopAdvisor.sln")))
            {
                var api = Path.Combine(dir.FullName, "src", "WorkshopAdvisor.Api", "bin", configuration, framework);
                if (File.Exists(Path.Combine(api, "WorkshopAdvisor.Api.dll")))
                {
                    return api;
                }
            }
        }
        // Built elsewhere (an output folder of its own): the API's files are copied next to the tests.
        return AppContext.BaseDirectory;
    }

    /// <summary>
    /// Waits until the API answers anything at all: it listens only once its database is migrated, so an answer
    /// means it serves. Not listening yet is refused at once, so polling costs little however long the start takes.
    /// </summary>
    private async Task WaitUntilServingAsync(TimeSpan ceiling)
    {
        using var client = Client();
        client.Timeout = ceiling;
        var started = Stopwatch.StartNew();
        while (started.Elapsed < ceiling)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_process.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/auth/me", UriKind.Relative));
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The API did not start within {ceiling}:{Environment.NewLine}{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static void TryKill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
