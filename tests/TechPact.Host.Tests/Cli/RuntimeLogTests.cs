using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechPact.Host.Silo;

namespace TechPact.Host.Tests.Cli;

/// <summary>The terminal is for people: the runtime's warnings go to the log file, which `--help` names.</summary>
public class RuntimeLogTests
{
    [Fact]
    public void Runtime_warnings_go_to_the_log_file()
    {
        using var dir = new TempDirectory();
        var path = dir["logs/techpact.log"];
        var services = new ServiceCollection().AddLogging(logging => RuntimeLog.Configure(logging, verbose: false, path));
        using (var provider = services.BuildServiceProvider())
        {
            var log = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Orleans.Runtime.Watchdog");
            log.LogWarning("Participant check thread has not completed for {Elapsed}", TimeSpan.FromMinutes(41));
            log.LogInformation("an information line the file does not want");
        }
        var text = File.ReadAllText(path);
        Assert.Contains("[WRN] Orleans.Runtime.Watchdog: Participant check thread has not completed for", text);
        Assert.DoesNotContain("information line", text);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    [InlineData("tournament")]
    public async Task Help_says_where_runtime_warnings_go_and_offers_verbose(string verb)
    {
        var (exit, output, _) = await CliHarness.RunAsync(verb, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--verbose", output);
        Assert.Contains(RuntimeLog.DefaultPath, Flatten(output));
    }

    /// <summary>`run --verbose` says on stderr when each phase of the run ended, in the order they end.</summary>
    [Fact]
    public async Task A_verbose_run_says_when_each_phase_ended()
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = await CliHarness.RunAsync("run", CliHarness.Fixture("small.yaml"), "--out", dir.Path, "--verbose");
        Assert.Equal(0, exit);
        var at = new[] { "scenario loaded", "silo started", "negotiated", "report rendered", "files written", "silo stopped" }
            .Select(phase => error.IndexOf($"time: {phase}", StringComparison.Ordinal)).ToArray();
        Assert.All(at, position => Assert.True(position >= 0, $"a phase is missing from stderr:\n{error}"));
        Assert.Equal(at.Order(), at);
        Assert.Matches(@"time: silo stopped +at +\d+\.\d\d s wall, +\d+\.\d\d s CPU", error);
    }

    /// <summary>A fresh `techpact run` process prints its table and pact, and nothing on stderr: no runtime
    /// warning reaches the terminal (they are in the log file the environment names).</summary>
    [Fact]
    public async Task A_run_prints_nothing_on_stderr()
    {
        using var dir = new TempDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir.Path,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "techpact.dll"), "run", CliHarness.Fixture("small.yaml") })
            start.ArgumentList.Add(a);
        start.Environment[RuntimeLog.PathVariable] = dir["techpact.log"];
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the run did not finish");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
        Assert.Contains("Round", await stdout, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Help text wraps long lines: compare without the wrapping.</summary>
    private static string Flatten(string text) => string.Concat(text.Split('\n').Select(l => l.Trim()));
}
