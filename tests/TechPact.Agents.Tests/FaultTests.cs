using System.Diagnostics;
using System.Text.Json;
using TechPact.Agents.Tests.Fixtures;

namespace TechPact.Agents.Tests;

/// <summary>One deliberately broken agent per fault in Korea's seat: the summit never stalls or crashes.
/// Each round closes on time, the AI plays the seat with the reason in the transcript, after three
/// failures in a row the seat goes to the AI for good (one console line), and the program is reaped.</summary>
public sealed class FaultTests
{
    /// <summary>Generous for a loaded machine: a healthy run takes a few seconds, a stalled one forever. The move
    /// time is long enough for Python to start on a busy machine, so an agent that answers at once is never late.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("never-starts", 1, "crashed", "could not start")]
    [InlineData("exits", 2, "crashed", "exited with code 3; its last words on stderr: boom")]
    [InlineData("not-json", 1, "illegal", "not JSON")]
    [InlineData("unknown-issue", 1, "illegal", "There is no issue 'fishing' on the agenda")]
    [InlineData("unknown-option", 1, "illegal", "has no option 'open-skies'")]
    [InlineData("withdraws", 2, "illegal", "commitments cannot be withdrawn")]
    [InlineData("late", 1, "late", "no move within 4000 ms")]
    [InlineData("hangs", 1, "late", "no move within 4000 ms")]
    [InlineData("floods", 2, "illegal|crashed", "flooded its output")]
    [InlineData("long-line", 1, "illegal", "a line longer than 65536 bytes")]
    public async Task A_broken_agent_costs_its_rounds_to_the_ai_and_nothing_else(string mode, int firstFailure, string reason, string detail)
    {
        using var dir = new TempDirectory();
        var marker = $"techpact-fault-{Guid.NewGuid():N}";
        var command = mode == "never-starts" ? $"/nonexistent/{marker}" : $"python3 {Repo.Fixture("broken_agent.py")} {mode} {marker}";
        var clock = Stopwatch.StartNew();
        var run = Repo.RunAsync("run", Repo.SeedScenario, "--seat", $"KR=agent:{command}", "--move-time", "4s", "--json", "--out", dir.Path);
        Assert.True(await Task.WhenAny(run, Task.Delay(Bound)) == run, $"the summit stalled: no end after {Bound.TotalSeconds} s");
        var (exit, output, error) = await run;
        Assert.True(exit == 0, error);
        Assert.NotNull(JsonDocument.Parse(output).RootElement.GetProperty("status").GetString());

        var lines = (await File.ReadAllLinesAsync(dir["transcript.jsonl"])).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var played = lines.Where(l => l.GetProperty("type").GetString() == "seat-played-by-ai").ToList();
        var first = played.First();
        Assert.Equal((firstFailure, "KR"), (first.GetProperty("round").GetInt32(), first.GetProperty("country").GetString()));
        // "a|b": either, as the race goes (a flood's noise may be taken as round 2's illegal answer, or the flood may
        // be caught, and the program stopped, before round 2 opens: then round 2 finds it crashed).
        Assert.Contains(first.GetProperty("reason").GetString(), reason.Split('|'));
        // The reason, in words (a flood shows once the program is stopped for it: its noise was an illegal answer first).
        Assert.Contains(played, p => p.GetProperty("detail").GetString()!.Contains(detail, StringComparison.Ordinal));
        // The marker sits right before the move the AI made for the seat.
        var next = lines[lines.IndexOf(first) + 1];
        Assert.Equal(("country-answered", "KR"), (next.GetProperty("type").GetString(), next.GetProperty("country").GetString()));

        var handOver = Assert.Single(lines, l => l.GetProperty("type").GetString() == "seat-taken" && l.GetProperty("kind").GetString() == "strategy");
        Assert.Equal(firstFailure + 3, handOver.GetProperty("round").GetInt32());
        Assert.Contains("3 failed rounds in a row", handOver.GetProperty("reason").GetString());
        Assert.Equal(3, played.Count);
        Assert.Single(error.Split('\n'), l => l.StartsWith($"seat: KR is played by the AI (conceder) from round {firstFailure + 3}", StringComparison.Ordinal));

        Assert.Empty(Processes.With(marker));
        Assert.True(clock.Elapsed < Bound);
    }
}
