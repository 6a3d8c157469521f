using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// An API test, run once per database provider, that also needs command-line tools (curl, jq, pdftotext, ...).
/// Skipped with the reason on a machine without them; under CI=true it runs anyway, so that a missing install
/// step fails loudly instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsFactAttribute : ProviderFactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !TestEnvironment.IsOnPath(t)).ToArray();
        if (missing.Length > 0 && !TestEnvironment.IsCi)
        {
            Skip = $"needs {string.Join(", ", missing)} on PATH (apt-get install -y {string.Join(' ', missing)}); .ci/run installs them";
        }
    }
}
