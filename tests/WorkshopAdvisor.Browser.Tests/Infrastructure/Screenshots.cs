namespace WorkshopAdvisor.Browser.Tests.Infrastructure;

/// <summary>
/// Every browser test saves its screenshots under the test output (bin/.../screenshots). The ones named
/// "pages-*" are the pictures in docs/pages.md: with WORKSHOP_UPDATE_SCREENSHOTS=1 they are copied to
/// docs/images/ as well (not on every run, so that a test run leaves the working tree as it was).
/// </summary>
public static class Screenshots
{
    public const string UpdateVariable = "WORKSHOP_UPDATE_SCREENSHOTS";

    public static void Publish(string file, string name)
    {
        if (!name.StartsWith("pages-", StringComparison.Ordinal) || Environment.GetEnvironmentVariable(UpdateVariable) != "1")
        {
            return;
        }
        File.Copy(file, RepoFile(Path.Combine("docs", "images", name + ".png")), overwrite: true);
    }

    public static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkshopAdvisor.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("WorkshopAdvisor.sln not found above the test output."), relative);
    }
}
