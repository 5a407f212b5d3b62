using Microsoft.Playwright;
using TechPact.Classroom.Tests.Fixtures;

namespace TechPact.Classroom.Tests.Web;

/// <summary>A real class in Debian's headless chromium: an instructor and three students, each in their
/// own browser context (own cookies), play the seed scenario at two tables through to the debrief.</summary>
[Collection(ClassroomServerCollection.Name)]
public sealed class BrowserClassTests(ClassroomServer server)
{
    [Fact]
    public async Task An_instructor_and_three_students_play_two_tables_to_the_debrief()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        if (chromium is null) return;
        var browser = chromium.Browser;
        var options = new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } };
        var outside = new List<string>();
        async Task<IPage> NewPersonAsync()
        {
            var context = await browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            page.Console += (_, m) => { if (m.Type == "error") Console.Error.WriteLine($"browser: {m.Text}"); };
            page.Response += (_, r) => { if (r.Status >= 400) Console.Error.WriteLine($"browser: {r.Status} {r.Url}"); };
            page.PageError += (_, e) => Console.Error.WriteLine($"page error: {e}");
            page.Request += (_, r) => { if (!r.Url.StartsWith(server.BaseAddress.GetLeftPart(UriPartial.Authority))) outside.Add(r.Url); };
            return page;
        }

        // The instructor: US and Japan played by students, Korea by the AI, two tables.
        var teacher = await NewPersonAsync();
        await teacher.GotoAsync("/instructor/new");
        await Assertions.Expect(teacher.Locator("#countries tbody tr")).ToHaveCountAsync(3);
        await teacher.Locator("tr[data-country=KR] input[value=ai]").CheckAsync();
        await teacher.FillAsync("#tables", "2");
        await HeadlessChromium.ShotAsync(teacher, "classroom-new.png");
        await teacher.ClickAsync("#create");
        await teacher.WaitForURLAsync("**/instructor/*");
        await Assertions.Expect(teacher.Locator(".table-card")).ToHaveCountAsync(2);
        await Assertions.Expect(teacher.Locator("#storage")).ToContainTextAsync("restarting techpact serve loses this session");

        async Task<IPage> StudentAsync(int table, string country)
        {
            var code = await teacher.Locator($"#tables tr[data-table='{table}'] td[data-country='{country}'] .code").InnerTextAsync();
            var student = await NewPersonAsync();
            await student.GotoAsync("/join");
            await student.FillAsync("#code", code);
            await student.ClickAsync("#join-button");
            await student.WaitForURLAsync($"**/seat/*/{table}/{country}");
            await Assertions.Expect(student.Locator("#who")).ToContainTextAsync(country == "US" ? "United States" : "Japan");
            return student;
        }
        var us1 = await StudentAsync(1, "US");
        var jp1 = await StudentAsync(1, "JP");
        var us2 = await StudentAsync(2, "US"); // Japan's seat at table 2 stays empty: the AI will play it, marked.

        // Each sees only its own brief: the US student's page never names Japan's reservation.
        await Assertions.Expect(us1.Locator("#reservation")).ToHaveTextAsync("0.400");
        await teacher.ClickAsync("#start");
        await Assertions.Expect(teacher.Locator("#status")).ToHaveTextAsync("running");

        async Task SubmitAsync(IPage student, string issue, string option)
        {
            await Assertions.Expect(student.Locator("#submit")).ToBeEnabledAsync();
            await student.Locator($".issue[data-issue='{issue}'] input[value='{option}']").CheckAsync();
            await student.ClickAsync("#submit");
            await Assertions.Expect(student.Locator("#error")).ToBeEmptyAsync();
        }
        await SubmitAsync(us1, "data-flows", "free-flow");
        await SubmitAsync(us2, "data-flows", "free-flow");
        await SubmitAsync(jp1, "data-flows", "trusted-flow");
        // Table 1 had every human answer: round 2 opens there at once; table 2 waits for its silent seat.
        await Assertions.Expect(us1.Locator("#round")).ToHaveTextAsync("2", new() { Timeout = 15_000 });
        await Assertions.Expect(teacher.Locator("#tables tr[data-table='2'] td.state b")).ToHaveTextAsync("round 1");
        await HeadlessChromium.ShotAsync(us1, "classroom-seat.png");
        await HeadlessChromium.ShotAsync(teacher, "classroom-console.png");

        // The instructor closes rounds until both tables conclude; silent seats are played by the AI.
        for (var i = 0; i < 14 && await teacher.Locator("#status").InnerTextAsync() != "finished"; i++)
        {
            await teacher.ClickAsync("button[data-act=step]");
            await teacher.WaitForTimeoutAsync(300);
        }
        await Assertions.Expect(teacher.Locator("#status")).ToHaveTextAsync("finished", new() { Timeout = 15_000 });
        await Assertions.Expect(teacher.Locator("#tables tr[data-table='2']")).ToContainTextAsync("AI played rounds 1");

        foreach (var student in new[] { us1, jp1, us2 })
        {
            await Assertions.Expect(student.Locator("#debrief")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await student.ClickAsync("#debrief");
            await Assertions.Expect(student.Locator("h2", new() { HasText = "Across the tables" })).ToBeVisibleAsync();
        }
        await Assertions.Expect(us1.Locator("section.table")).ToHaveCountAsync(2);
        Assert.True(await us1.Locator("section.table svg.chart").CountAsync() >= 8);
        await HeadlessChromium.ShotAsync(us1, "classroom-debrief.png");
        Assert.Empty(outside);
    }
}
