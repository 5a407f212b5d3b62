using System.CommandLine;
using TechPact.Grains.Summits;
using TechPact.Host.Output;
using Spectre.Console;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Limits;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Host.Cli;

/// <summary>`techpact fork &lt;transcript.jsonl&gt; --at-round K [--inject "&lt;yaml event&gt;"]... [--seed N] [--out DIR]`:
/// the past negotiation, rebuilt to round K from its transcript, continued under a new seed and/or
/// with new events. Rounds 1..K are the parent's, byte for byte.</summary>
public static class ForkCommand
{
    public static Command Create(CliStreams streams)
    {
        var file = new Argument<string>("transcript") { Description = "The parent run's transcript.jsonl." };
        var atRound = new Option<int>("--at-round") { Description = "Fork after this many rounds (0 = before the first).", Required = true };
        var inject = new Option<string[]>("--inject")
        {
            Description = "An event in the scenario-file syntax, e.g. \"{round: 5, id: x, title: ..., effects: [{reservation: {country: US, value: 0.3}}]}\". Repeatable.",
        };
        var seed = new Option<long?>("--seed") { Description = "Seed for the fork (default: the parent's)." };
        var outDir = new Option<string?>("--out") { Description = "Write the fork's transcript.jsonl, result.json and pact.md here." };
        var command = new Command("fork", "Continue a past run from round K under a new event or seed (a what-if).")
        {
            file, atRound, inject, seed, outDir,
        };
        command.SetAction(parsed => Execute(new ForkRequest(parsed.GetValue(file)!, parsed.GetValue(atRound),
            parsed.GetValue(inject) ?? [], parsed.GetValue(seed), parsed.GetValue(outDir)), streams));
        return command;
    }

    private static async Task<int> Execute(ForkRequest request, CliStreams streams)
    {
        Summit forked;
        RecordedRun parent;
        try { (forked, parent) = ForkPlan.Make(request); }
        catch (ForkInputException e)
        {
            await streams.Error.WriteLineAsync(e.Message);
            return ExitCodes.InvalidInput;
        }
        if (!OptionLimits.CheckOut(streams.Error, request.OutDir)) return ExitCodes.InvalidInput;

        var console = Consoles.For(streams);
        console.WriteLine(TextRules.Visible($"Fork of {request.Transcript} after round {request.AtRound}: " + ForkPlan.Describe(forked)));
        var table = new RoundTable(forked.Scenario);
        var final = await table.ShowAsync(console, streams.IsConsole, onRound => Task.FromResult(
            SummitRunner.Continue(forked, s => { if (s.BetweenRounds) onRound(SummitViews.LastRound(s)); })));

        var parentRun = parent.Rebuild();
        var report = new RunReport(final.Scenario, final.Transcript)
        {
            Parent = ($"Parent (seed {parent.Rules.Seed})", parentRun.Transcript, parentRun.Scenario),
        };
        if (request.OutDir is not null) RunFiles.WriteAtomically(request.OutDir, report.Files());
        PactPanel.Show(console, report.Scenario, report.Outcome);
        return ExitCodes.Completed;
    }
}

/// <param name="Injects">Event texts, in the order given.</param>
public sealed record ForkRequest(string Transcript, int AtRound, IReadOnlyList<string> Injects, long? Seed, string? OutDir);
