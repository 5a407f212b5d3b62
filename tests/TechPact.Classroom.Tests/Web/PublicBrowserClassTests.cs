using Microsoft.Playwright;
using TechPact.Classroom.Tests.Fixtures;
using TechPact.Host.Web;

namespace TechPact.Classroom.Tests.Web;

/// <summary>A class as a room runs it: `serve --public` bound to every interface, reached at 127.0.0.2 (standing in
/// for the classroom machine's address on the room's network, not the loopback address the server was started
/// with). The instructor logs in and opens a 10-table class; a student on a phone-sized screen joins with a code
/// and answers. Screenshots of the console and the phone's seat page land in the test output's screenshots/.</summary>
public sealed class PublicBrowserClassTests : IAsyncLifetime
{
    private const string Password = "a class password, 2025";
    private NegotiationServer? _server;
    private string _base = "";

    public async Task InitializeAsync()
    {
        _server = await NegotiationServer.StartAsync(new ServerOptions("http://0.0.0.0:0", Repo.Scenarios) { Public = true, InstructorPassword = Password });
        _base = $"http://127.0.0.2:{new Uri(_server.Urls.Single()).Port}/";
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_ten_table_class_on_the_rooms_address_with_a_student_on_a_phone()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        if (chromium is null) return;
        var browser = chromium.Browser;
        var errors = new List<string>();
        async Task<IPage> PageAsync(BrowserNewContextOptions options)
        {
            var page = await (await browser.NewContextAsync(options)).NewPageAsync();
            page.PageError += (_, e) => errors.Add($"page error: {e}");
            // A refusal the test provokes (the second device's join) is a console "failed to load" line: count script errors and 5xx only.
            page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) errors.Add($"console: {m.Text}"); };
            page.Response += (_, r) => { if (r.Status >= 500 || (r.Status >= 400 && !r.Url.EndsWith("/api/classroom/join", StringComparison.Ordinal))) errors.Add($"{r.Status} {r.Url}"); };
            return page;
        }

        // The instructor, at 1400 px: everything but a seat asks for the login first.
        var teacher = await PageAsync(new BrowserNewContextOptions { BaseURL = _base, ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await teacher.GotoAsync("/instructor/new");
        await teacher.WaitForURLAsync("**/login?next=*");
        await teacher.FillAsync("#password", Password);
        await teacher.ClickAsync("#login button[type=submit]");
        await teacher.WaitForURLAsync("**/instructor/new");
        await Assertions.Expect(teacher.Locator("#countries tbody tr")).ToHaveCountAsync(3);
        await teacher.FillAsync("#tables", "10");
        await teacher.ClickAsync("#create");
        await teacher.WaitForURLAsync("**/instructor/*");
        await Assertions.Expect(teacher.Locator("#tables tbody tr")).ToHaveCountAsync(10);

        // A student on a phone, on the room's address, with table 4's US code.
        var code = await teacher.Locator("#tables tr[data-table='4'] td[data-country='US'] .code").InnerTextAsync();
        var phone = await PageAsync(new BrowserNewContextOptions
        {
            BaseURL = _base, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        await phone.GotoAsync("/join");
        await phone.FillAsync("#code", code.ToLowerInvariant()); // typed loosely: lower case, the dash kept
        await phone.ClickAsync("#join-button");
        await phone.WaitForURLAsync("**/seat/*/4/US");
        await Assertions.Expect(phone.Locator("#who")).ToContainTextAsync("United States");
        // The same code on another device opens nothing: single use.
        var other = await PageAsync(new BrowserNewContextOptions { BaseURL = _base });
        await other.GotoAsync("/join");
        await other.FillAsync("#code", code);
        await other.ClickAsync("#join-button");
        await Assertions.Expect(other.Locator("#error")).ToContainTextAsync("used already");

        await teacher.ClickAsync("#start");
        await Assertions.Expect(teacher.Locator("#status")).ToHaveTextAsync("running");
        await Assertions.Expect(phone.Locator("#submit")).ToBeEnabledAsync();
        // The page fits the phone: nothing wider than the screen.
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"),
            "the seat page scrolls sideways on a 390 px screen");
        await phone.Locator(".issue[data-issue='data-flows'] input[value='trusted-flow']").CheckAsync();
        await phone.ClickAsync("#submit");
        await Assertions.Expect(phone.Locator("#error")).ToBeEmptyAsync();
        await Assertions.Expect(teacher.Locator("#tables tr[data-table='4'] td[data-country='US']")).ToContainTextAsync("answered");
        // The class-wide line says which tables wait on whom.
        await Assertions.Expect(teacher.Locator("#summary")).ToContainTextAsync("Waiting on");

        await HeadlessChromium.ShotAsync(teacher, "classroom-console-10-tables.png");
        await phone.EvaluateAsync("window.scrollTo(0, 0)");
        await HeadlessChromium.ShotAsync(phone, "classroom-seat-phone.png", fullPage: false); // what the phone shows: the top of the seat
        await phone.Locator("#submit").ScrollIntoViewIfNeededAsync();
        await HeadlessChromium.ShotAsync(phone, "classroom-seat-phone-form.png", fullPage: false);
        // The console of ten tables fits the screen at a glance (no scrolling to see every table).
        var height = await teacher.EvaluateAsync<int>("document.querySelector('#tables').getBoundingClientRect().bottom");
        // (Before: 3,400 px tall at 1,400 px wide.) Below the banner, the controls and the class-wide line, the grid ends within a laptop's screen.
        Assert.True(height <= 1000, $"the 10-table grid ends at {height} px");
        Assert.True(await teacher.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the console scrolls sideways at 1400 px");
        Assert.Empty(errors);
    }
}
