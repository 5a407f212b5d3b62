using Microsoft.Playwright;

namespace TechPact.Classroom.Tests.Fixtures;

/// <summary>Debian's chromium, headless with the flags this machine needs (Playwright's own browser download
/// fails here), and the screenshots the browser tests save.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    public IBrowser Browser { get; }

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    /// <returns>Null when chromium is not installed outside CI: xunit 2 has no runtime skip, so the test then
    /// passes vacuously and says so; under CI a missing chromium fails the test.</returns>
    public static async Task<HeadlessChromium?> LaunchAsync()
    {
        if (!File.Exists(Executable))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Executable} is missing: apt-get install chromium chromium-driver.");
            return null;
        }
        // The machine is shared: give pushed updates time under load rather than fail on a busy core.
        Assertions.SetDefaultExpectTimeout(15_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>Saves a PNG under the test output's screenshots/ and checks it holds a real page.</summary>
    public static async Task ShotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
