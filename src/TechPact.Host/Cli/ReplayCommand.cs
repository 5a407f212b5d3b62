namespace TechPact.Host.Cli;

/// <summary>`techpact replay &lt;transcript.jsonl&gt;`: rebuilds the run from its recorded moves and
/// plays it again from scratch, and checks that both write the file again byte for byte. A run that
/// had people or agents in its seats replays without them: their recorded moves are taken as made.</summary>
/// <remarks>The two checks catch different things: the rebuild, a transcript whose derived lines
/// (drafts, pact, utilities) do not follow from its moves; the re-run, moves the negotiators would
/// not have made (an edited number, another engine version).</remarks>
public static class ReplayCommand
{
    public static Command Create(CliStreams streams)
    {
        var file = new Argument<string>("transcript") { Description = "A transcript.jsonl written by run or fork." };
        var command = new Command("replay", "Check that a transcript reproduces byte for byte.") { file };
        command.SetAction(parsed => Execute(parsed.GetValue(file)!, streams));
        return command;
    }

    private static int Execute(string path, CliStreams streams)
    {
        RecordedRun run;
        try { run = TranscriptReader.ReadFile(path); }
        catch (TranscriptFormatException e)
        {
            streams.Error.WriteLine(e.Diagnostic);
            return ExitCodes.InvalidInput;
        }

        var reproduces = Check(streams, run, "rebuilt from its recorded moves", run.Rebuild)
                         & Check(streams, run, "re-run by the engine from scratch", run.Rerun);
        if (!reproduces) return ExitCodes.Failed;
        var outcome = RunOutcome.FromTranscript(run.Rebuild().Transcript);
        streams.Out.WriteLine($"{path}: reproduces byte for byte ({outcome.Rounds} rounds, status {RunOutcome.StatusName(outcome.Status)})");
        return ExitCodes.Completed;
    }

    private static bool Check(CliStreams streams, RecordedRun run, string how, Func<Summit> play)
    {
        string text;
        try
        {
            var summit = play();
            text = TranscriptJsonl.Write(summit.Scenario, run.WithSeatLines(summit));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            streams.Error.WriteLine($"{run.File}: does not reproduce ({how}): the engine refused the history: {e.Message}");
            return false;
        }
        var diff = TranscriptDiff.First(run.Text, text);
        if (diff is null) return true;
        streams.Error.WriteLine($"{run.File}:{diff.Line}: does not reproduce ({how}): line {diff.Line} differs at column {diff.Column}");
        streams.Error.WriteLine($"  expected (file): {diff.Excerpt(diff.Expected)}");
        streams.Error.WriteLine($"  actual:          {diff.Excerpt(diff.Actual)}");
        return false;
    }
}
