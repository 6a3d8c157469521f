using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkshopAdvisor.Testing;

/// <summary>Runs the poppler-utils command-line tools on a rendered PDF and returns what they print.</summary>
public static partial class PdfTools
{
    private static readonly string[] Tools = ["pdftotext", "pdffonts", "pdfimages", "pdfinfo"];

    public static bool Installed { get; } = Tools.All(TestEnvironment.IsOnPath);

    /// <summary>Text of the whole document or of one page (1-based), in reading order.</summary>
    public static string Text(byte[] pdf, int? page = null, bool raw = false)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (page is { } p)
        {
            args.AddRange(["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)]);
        }

        if (raw)
        {
            // Content-stream order: the lines of one table cell stay together.
            args.Add("-raw");
        }

        args.AddRange(["{pdf}", "-"]);
        return Run("pdftotext", pdf, [.. args]);
    }

    public static string Fonts(byte[] pdf) => Run("pdffonts", pdf, "{pdf}");

    public static string Images(byte[] pdf) => Run("pdfimages", pdf, "-list", "{pdf}");

    public static int PageCount(byte[] pdf) =>
        int.Parse(PagesLine().Match(Run("pdfinfo", pdf, "{pdf}")).Groups[1].Value, CultureInfo.InvariantCulture);

    public static string PageSize(byte[] pdf) => PageSizeLine().Match(Run("pdfinfo", pdf, "{pdf}")).Groups[1].Value.Trim();

    /// <summary>Every word on the page with its bounding box, in points from the top-left corner.</summary>
    public static List<(string Text, double XMin, double YMin, double XMax)> Words(byte[] pdf, int page)
    {
        var html = Run("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", "{pdf}", "-");
        return WordBox().Matches(html)
            .Select(m => (
                System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value),
                double.Parse(m.Groups["xMin"].Value, CultureInfo.InvariantCulture),
                double.Parse(m.Groups["yMin"].Value, CultureInfo.InvariantCulture),
                double.Parse(m.Groups["xMax"].Value, CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        if (!Installed)
        {
            throw new InvalidOperationException($"{tool} is not on PATH: apt-get install -y poppler-utils");
        }

        var file = Path.Combine(Path.GetTempPath(), $"wa-documents-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? file : argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? output
                : throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {errors.Result}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();

    [GeneratedRegex("""<word xMin="(?<xMin>[\d.]+)" yMin="(?<yMin>[\d.]+)" xMax="(?<xMax>[\d.]+)" yMax="[\d.]+">(?<text>[^<]*)</word>""")]
    private static partial Regex WordBox();
}

/// <summary>
/// A test (run once, not per database provider) that reads a PDF back with poppler-utils. Without the tools
/// it is skipped with the reason shown, except on CI (CI=true), where it runs and fails: CI must never pass
/// by skipping.
/// </summary>
public sealed class PopplerFactAttribute : FactAttribute
{
    public PopplerFactAttribute()
    {
        if (!PdfTools.Installed && !TestEnvironment.IsCi)
        {
            Skip = "poppler-utils is not installed (pdftotext, pdffonts, pdfimages, pdfinfo): apt-get install -y poppler-utils";
        }
    }
}
