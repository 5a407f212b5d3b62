using System.Text.Json;
using Microsoft.Playwright;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Browser;

/// <summary>A public server bound to every interface, in headless chromium: the instructor logs in
/// at 127.0.0.1 and creates a class; a student's browser, at 127.0.0.2 (another machine's address
/// as far as the server can tell), is kept from the live page and joins its seat with a code.</summary>
[Collection(PublicServerCollection.Name)]
public sealed class PublicClassBrowserTests(PublicServerFixture fixture)
{
    private const string Chromium = "/usr/bin/chromium";

    private static BrowserTypeLaunchPersistentContextOptions Options(ViewportSize viewport) => new()
    {
        ExecutablePath = Chromium, Headless = true, ViewportSize = viewport,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    [Fact]
    public async Task A_student_at_another_address_joins_while_the_live_page_asks_for_the_login()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing: install Debian's chromium.");
            return; // xunit 2 has no runtime skip: outside CI the test passes vacuously.
        }
        using var playwright = await Playwright.CreateAsync();
        var teacherProfile = Directory.CreateTempSubdirectory("techpact-chromium-");
        var studentProfile = Directory.CreateTempSubdirectory("techpact-chromium-");
        await using var teacherBrowser = await playwright.Chromium.LaunchPersistentContextAsync(teacherProfile.FullName, Options(new() { Width = 1300, Height = 900 }));
        await using var studentBrowser = await playwright.Chromium.LaunchPersistentContextAsync(studentProfile.FullName, Options(new() { Width = 390, Height = 844 }));
        try
        {
            var teacher = teacherBrowser.Pages.Count > 0 ? teacherBrowser.Pages[0] : await teacherBrowser.NewPageAsync();
            var local = $"http://127.0.0.1:{fixture.Port}";
            await teacher.GotoAsync(local + "/");
            await Assertions.Expect(teacher).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?next="));
            await teacher.FillAsync("#password", PublicServerFixture.Password);
            await teacher.ClickAsync("button[type=submit]");
            await Assertions.Expect(teacher.Locator("#scenario option[value='us-japan-korea']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });

            // The class, created by the instructor's logged-in page (its cookie goes with the fetch).
            var created = await teacher.EvaluateAsync<JsonElement>("""
                async () => {
                  const post = (url, body) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(r => r.json());
                  const s = await post('/api/classroom/sessions', { scenario: 'us-japan-korea', tables: 1, deadlineSeconds: 600,
                    countries: [{ country: 'US', human: true, strategy: 'boulware' }, { country: 'JP', human: false, strategy: 'linear' }, { country: 'KR', human: false, strategy: 'conceder' }] });
                  const c = await fetch(`/api/classroom/sessions/${s.sessionId}/console`).then(r => r.json());
                  return { session: s.sessionId, code: c.tables[0].countries.find(x => x.id === 'US').joinCode };
                }
                """);
            var code = created.GetProperty("code").GetString()!;

            var student = studentBrowser.Pages.Count > 0 ? studentBrowser.Pages[0] : await studentBrowser.NewPageAsync();
            var elsewhere = $"http://127.0.0.2:{fixture.Port}";
            await student.GotoAsync(elsewhere + "/");
            await Assertions.Expect(student).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("127\\.0\\.0\\.2:\\d+/login"));
            await student.GotoAsync(elsewhere + "/join");
            await student.FillAsync("#code", code);
            await student.ClickAsync("#join-button");
            await Assertions.Expect(student).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"127\\.0\\.0\\.2:\\d+/seat/{created.GetProperty("session").GetString()}/1/US"), new() { Timeout = 20_000 });
            await Assertions.Expect(student.Locator("#brief")).Not.ToBeEmptyAsync(new() { Timeout = 20_000 });
            var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "public-student-seat.png");
            Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
            await student.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = false });
        }
        finally
        {
            await teacherBrowser.CloseAsync();
            await studentBrowser.CloseAsync();
            teacherProfile.Delete(recursive: true);
            studentProfile.Delete(recursive: true);
        }
    }
}
