using System.Diagnostics;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;
using OpenQA.Selenium.Interactions;

namespace WorkshopAdvisor.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven through chromedriver (never Selenium Manager), with the flags that work
/// here as root and a fresh profile each time. Phone-sized with touch, or tablet-sized.
/// </summary>
public sealed class Chromium : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "workshop-chromium", Guid.NewGuid().ToString("N"));
    private readonly string _baseUrl;
    private List<string>? _errors;

    private Chromium(string baseUrl, ChromeOptions options)
    {
        _baseUrl = baseUrl;
        Directory.CreateDirectory(_profile);
        options.BinaryLocation = ChromiumPath;
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars", "--lang=zh-CN",
            $"--user-data-dir={_profile}",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    /// <summary>A phone in the customer's hand: 390×844 CSS pixels, device pixel ratio 2, touch.</summary>
    public static Chromium Phone(string baseUrl)
    {
        var options = new ChromeOptions();
        options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings
        {
            Width = 390,
            Height = 844,
            PixelRatio = 2,
            EnableTouchEvents = true,
            UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0",
        });
        return new Chromium(baseUrl, options);
    }

    /// <summary>A tablet at the counter or in the bay (portrait 820×1180 by default), mouse and keyboard.</summary>
    public static Chromium Tablet(string baseUrl, int width = 820, int height = 1180)
    {
        var options = new ChromeOptions();
        options.AddArgument($"--window-size={width},{height}");
        options.AddArgument("--force-device-scale-factor=1");
        return new Chromium(baseUrl, options);
    }

    public void Open(string pathOrUrl) =>
        Driver.Navigate().GoToUrl(pathOrUrl.StartsWith("http", StringComparison.Ordinal) ? pathOrUrl : _baseUrl + pathOrUrl);

    public string CurrentPath => new Uri(Driver.Url).AbsolutePath;

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    /// <summary>Waits until the element is there (and visible), polling; pages render after their first API call.</summary>
    public IWebElement WaitFor(string css, TimeSpan? timeout = null) =>
        Until(() => FindAll(css).FirstOrDefault(e => e.Displayed), $"'{css}' to be shown", timeout);

    public void WaitUntil(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        Until(() => condition() ? (object?)true : null, what, timeout);

    public T Until<T>(Func<T?> probe, string what, TimeSpan? timeout = null) where T : class
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < (timeout ?? Patience))
        {
            try
            {
                if (probe() is { } found)
                {
                    return found;
                }
            }
            catch (WebDriverException e)
            {
                last = e; // the page re-rendered under us (stale element): look again
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"Waited {(timeout ?? Patience).TotalSeconds} s for {what} on {Driver.Url}. {last?.Message}");
    }

    public void Click(string css) => ScrollTo(WaitFor(css)).Click();

    public IWebElement ScrollTo(IWebElement element)
    {
        Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    public void Type(string css, string text)
    {
        var input = ScrollTo(WaitFor(css));
        input.Clear();
        input.SendKeys(text);
    }

    /// <summary>Taps the element with a finger, as on a phone.</summary>
    public void Tap(string css)
    {
        var element = ScrollTo(WaitFor(css));
        var finger = new PointerInputDevice(PointerKind.Touch, "finger");
        var tap = new ActionBuilder();
        tap.AddAction(finger.CreatePointerMove(element, 0, 0, TimeSpan.Zero));
        tap.AddAction(finger.CreatePointerDown(MouseButton.Touch));
        tap.AddAction(finger.CreatePointerUp(MouseButton.Touch));
        Driver.PerformActions(tap.ToActionSequenceList());
        Driver.ResetInputState();
    }

    /// <summary>Draws a stroke with a finger (a touch pointer) through the points, in CSS pixels from the element's centre.</summary>
    public void DrawWithFinger(IWebElement element, IReadOnlyList<(int X, int Y)> points)
    {
        ScrollTo(element);
        var finger = new PointerInputDevice(PointerKind.Touch, "finger");
        var stroke = new ActionBuilder();
        stroke.AddAction(finger.CreatePointerMove(element, points[0].X, points[0].Y, TimeSpan.Zero));
        stroke.AddAction(finger.CreatePointerDown(MouseButton.Touch));
        foreach (var (x, y) in points.Skip(1))
        {
            stroke.AddAction(finger.CreatePointerMove(element, x, y, TimeSpan.FromMilliseconds(15)));
        }
        // The finger rests before it lifts: a fast lift would be read as a fling, and Chrome would swallow the next tap to stop it.
        stroke.AddAction(finger.CreatePause(TimeSpan.FromMilliseconds(300)));
        stroke.AddAction(finger.CreatePointerUp(MouseButton.Touch));
        Driver.PerformActions(stroke.ToActionSequenceList());
    }

    /// <summary>
    /// Nothing went wrong in the page: no script error, no Content-Security-Policy refusal, no failed load
    /// (except what the page expects to fail: the care calls that do not exist yet).
    /// </summary>
    public void AssertNoPageErrors() => Assert.True(PageErrors().Count == 0, "the page reported errors:\n" + string.Join('\n', PageErrors()));

    /// <summary>What the browser reported as severe, read once (chromedriver empties its log as it is read).</summary>
    public IReadOnlyList<string> PageErrors() => _errors ??= [.. Driver.Manage().Logs.GetLog(LogType.Browser)
        .Where(e => e.Level == OpenQA.Selenium.LogLevel.Severe && !e.Message.Contains("/care/calls", StringComparison.Ordinal))
        .Select(e => e.Message)];

    /// <summary>The whole page, not only what fits on the screen: sized to the document's height first.</summary>
    public string Screenshot(string name, bool fullPage = true)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        var shot = fullPage ? FullPage() : Driver.GetScreenshot();
        shot.SaveAsFile(file);
        Screenshots.Publish(file, name);
        return file;
    }

    /// <summary>Chromium's own full-page capture, which leaves the phone emulation as it is.</summary>
    private Screenshot FullPage()
    {
        var width = Convert.ToDouble(Driver.ExecuteScript("return document.documentElement.clientWidth;"), System.Globalization.CultureInfo.InvariantCulture);
        var height = Convert.ToDouble(Driver.ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        var result = (Dictionary<string, object?>?)Driver.ExecuteCdpCommand("Page.captureScreenshot", new Dictionary<string, object?>
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new Dictionary<string, object> { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        });
        return new Screenshot((string)result!["data"]!);
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned with the machine.
        }
    }
}
