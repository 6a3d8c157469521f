namespace WorkshopAdvisor.Testing;

/// <summary>What the machine running the tests has, and whether it is CI (where nothing may be skipped for lack of it).</summary>
public static class TestEnvironment
{
    /// <summary>CI=true: a test that needs a missing tool or server runs and fails rather than being skipped.</summary>
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool IsOnPath(string tool)
    {
        var name = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, name)));
    }
}
