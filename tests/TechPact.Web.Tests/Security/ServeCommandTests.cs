using System.Diagnostics;
using System.Net;
using TechPact.Host.Cli;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Security;

/// <summary>`techpact serve` as a user types it: the bypass refused before anything starts,
/// and --public printing where students go, the code they scan and the instructor's password.</summary>
public sealed class ServeCommandTests
{
    private static async Task<(int Exit, string Error)> ServeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TechPactCli.RunAsync(["serve", .. args], output, error);
        return (exit, error.ToString());
    }

    [Theory]
    [InlineData("--urls", "http://x@127.0.0.1:5322", "has user info")]
    [InlineData("--urls", "http://0.0.0.0:5322", "is not a loopback address; to let other machines")]
    [InlineData("--urls", "http://example.org:5322", "names a host")]
    [InlineData("--instructor-password", "short", "--instructor-password is for a --public server")]
    public async Task Listening_beyond_loopback_by_accident_is_refused(string option, string value, string expected)
    {
        var (exit, error) = await ServeAsync(option, value);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task A_short_instructor_password_is_refused()
    {
        var (exit, error) = await ServeAsync("--public", "--instructor-password", "short");
        Assert.Equal(2, exit);
        Assert.Contains("at least 12 characters", error);
    }

    [Fact]
    public async Task Serve_public_prints_the_students_address_a_code_that_scans_to_it_and_a_generated_password()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repo.Root };
        foreach (var arg in new[] { Repo.TechpactDll, "serve", "--public", "--urls", "http://0.0.0.0:0", "--scenarios", Repo.Scenarios }) info.ArgumentList.Add(arg);
        info.Environment.Remove(ServeCommand.PasswordVariable);
        using var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var lines = new List<string>();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("instructor:", StringComparison.Ordinal) || line.StartsWith("students:   no network", StringComparison.Ordinal)) break;
            }
            var live = new Uri(lines.Single(l => l.StartsWith("live page:", StringComparison.Ordinal))["live page:".Length..].Trim());
            Assert.Equal("127.0.0.1", live.Host);
            if (lines[^1].StartsWith("students:   no network", StringComparison.Ordinal)) return; // a machine with only loopback

            var students = lines.Single(l => l.StartsWith("students:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            Assert.Matches(@"^http://[0-9.]+:\d+/join$", students);
            Assert.Matches(@"password: [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", lines[^1]);
            var qr = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line.Length > 0 && line.All(c => c is '█' or '▀' or '▄' or ' ')) qr.Add(line);
                else if (qr.Count > 0) break;
            }
            Assert.Equal(students, JoinQrTests.Decode(string.Join('\n', qr)));

            // Bound to every interface: a browser on "another machine" (127.0.0.2) reaches the join page.
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.2:{live.Port}") };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/join")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/summits")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
