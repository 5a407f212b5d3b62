using TechPact.Grains.Summits;

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
        var seats = SeatOptions.Seat();
        seats.Description = "Continue with an agent in a seat: KR=agent:\"python3 examples/agents/tit_for_tat.py\" (default: the AI plays every seat a person or an agent held). Repeatable.";
        var moveTime = SeatOptions.MoveTime();
        var command = new Command("fork", "Continue a past run from round K under a new event or seed (a what-if).")
        {
            file, atRound, inject, seed, outDir, seats, moveTime,
        };
        command.SetAction((parsed, cancellation) => Execute(new ForkRequest(parsed.GetValue(file)!, parsed.GetValue(atRound),
            parsed.GetValue(inject) ?? [], parsed.GetValue(seed), parsed.GetValue(outDir))
        {
            Seats = parsed.GetValue(seats) ?? [], MoveTime = parsed.GetValue(moveTime),
        }, streams, cancellation));
        return command;
    }

    private static async Task<int> Execute(ForkRequest request, CliStreams streams, CancellationToken cancellation)
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
        if (SeatOptions.Apply(forked.Scenario, request.Seats, request.MoveTime, streams.Error) is not var (seated, plan)) return ExitCodes.InvalidInput;
        if (!seated.Countries.SequenceEqual(forked.Scenario.Countries))
        {
            await streams.Error.WriteLineAsync("error: --seat: a fork keeps the parent's strategies; give a seat to an agent with COUNTRY=agent:COMMAND");
            return ExitCodes.InvalidInput;
        }

        var console = Consoles.For(streams);
        console.WriteLine(TextRules.Visible($"Fork of {request.Transcript} after round {request.AtRound}: " + ForkPlan.Describe(forked)));
        var table = new RoundTable(forked.Scenario, withSeats: parent.SeatLines.Count > 0 || !plan.IsEmpty);
        var transcript = await table.ShowAsync(console, streams.IsConsole, onRound => plan.IsEmpty
            ? Task.FromResult(PlayHere(forked, parent, request.AtRound, onRound))
            : PlayOnGrainsAsync(parent, request, forked.Rules, plan, onRound, cancellation));
        foreach (var line in SeatConsole.HandOvers(transcript.Skip(parent.History.Length))) await streams.Error.WriteLineAsync(line);

        var parentRun = parent.Rebuild();
        var report = new RunReport(EventEffects.ScenarioAfter(parent.Scenario, transcript), transcript)
        {
            Parent = ($"Parent (seed {parent.Rules.Seed})", parent.WithSeatLines(parentRun), parentRun.Scenario),
        };
        if (request.OutDir is not null) RunFiles.WriteAtomically(request.OutDir, report.Files());
        PactPanel.Show(console, report.Scenario, report.Outcome);
        return ExitCodes.Completed;
    }


    /// <summary>Every seat played by the engine, in this process: the parent's seat lines through round K,
    /// and the AI in every seat a person or an agent held.</summary>
    private static IReadOnlyList<TranscriptEvent> PlayHere(Summit forked, RecordedRun parent, int atRound, Action<RoundView> onRound)
    {
        var lines = SeatTranscript.ForFork(parent.SeatLines, atRound, forked.Scenario, new Dictionary<string, (SeatKind, string)>());
        var final = SummitRunner.Continue(forked, s => { if (s.BetweenRounds) onRound(SummitViews.LastRound(s)); });
        return SeatTranscript.Merge(final.Transcript, lines);
    }

    /// <summary>An agent continues a seat: the fork opens on a summit grain of an in-process silo, whose country grain starts it.</summary>
    private static async Task<IReadOnlyList<TranscriptEvent>> PlayOnGrainsAsync(RecordedRun parent, ForkRequest request, NegotiationRules rules,
        SeatPlan plan, Action<RoundView> onRound, CancellationToken cancellation)
    {
        await using var silo = await NegotiationSilo.StartAsync(cancellation);
        var summit = silo.Grains.GetGrain<ISummitGrain>($"{parent.Scenario.Id}-fork{request.AtRound}-{Guid.NewGuid():N}");
        var events = parent.RebuildThrough(request.AtRound).Fork(rules, ForkPlan.Events(request, parent)).Transcript.OfType<SummitForked>().Last().Events;
        var opened = await summit.OpenFork(new SummitLog(parent.Scenario, parent.Rules, parent.History), request.AtRound, rules, events, plan);
        for (var round = opened.Round + 1; ; round++)
        {
            var view = await SummitRun.NextRoundAsync(summit, round, cancellation);
            onRound(view);
            if (view.Status != SummitStatus.Running) return await summit.GetTranscript();
        }
    }
}

/// <param name="Injects">Event texts, in the order given.</param>
public sealed record ForkRequest(string Transcript, int AtRound, IReadOnlyList<string> Injects, long? Seed, string? OutDir)
{
    /// <summary>--seat values as typed (agent seats only: a fork keeps the parent's strategies).</summary>
    public IReadOnlyList<string> Seats { get; init; } = [];

    public string? MoveTime { get; init; }
}
