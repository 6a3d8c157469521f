using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Browser.Tests.Infrastructure;

/// <summary>A test in Chromium: skipped with the reason where chromium or chromedriver is missing, run (and failing) under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : Xunit.FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!TestEnvironment.IsCi && !(File.Exists(Chromium.ChromiumPath) && File.Exists(Chromium.ChromeDriverPath)))
        {
            Skip = $"needs {Chromium.ChromiumPath} and {Chromium.ChromeDriverPath} (apt-get install -y chromium chromium-driver); .ci/run installs them";
        }
    }
}
