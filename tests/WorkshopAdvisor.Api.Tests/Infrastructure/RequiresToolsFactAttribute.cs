namespace WorkshopAdvisor.Api.Tests.Infrastructure;

/// <summary>
/// A test that needs command-line tools (curl, jq, pdftotext, ...). Skipped with the reason on a machine
/// without them; under CI=true it runs anyway, so that a missing install step fails loudly instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsFactAttribute : FactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !IsOnPath(t)).ToArray();
        if (Skip is null && missing.Length > 0 && !IsCi)
        {
            Skip = $"needs {string.Join(", ", missing)} on PATH (apt-get install -y {string.Join(' ', missing)}); .ci/run installs them";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
