namespace TechPact.Host.Cli;

/// <summary>Turns a fork request into the forked summit, every input problem becoming one clear
/// message (<see cref="ForkInputException"/>) before anything runs.</summary>
public static class ForkPlan
{
    /// <returns>The forked summit, and the parent run it came from.</returns>
    public static (Summit Forked, RecordedRun Parent) Make(ForkRequest request)
    {
        RecordedRun parent;
        try { parent = TranscriptReader.ReadFile(request.Transcript); }
        catch (TranscriptFormatException e) { throw new ForkInputException(e.Diagnostic); }

        var last = parent.Rounds - 1;
        if (request.AtRound < 0 || request.AtRound > last)
            throw new ForkInputException(
                $"error: --at-round must be from 0 to {last}: the parent concluded in round {parent.Rounds}, so a fork must start before it; got {request.AtRound}");

        Summit at;
        try { at = parent.RebuildThrough(request.AtRound); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ForkInputException($"{request.Transcript}: error: the recorded moves do not replay: {e.Message}");
        }

        var events = Events(request, parent, at);

        try { return (at.Fork(at.Rules with { Seed = request.Seed ?? at.Rules.Seed }, events), parent); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ForkInputException("error: " + e.Message);
        }
    }

    /// <summary>The --inject events, read against the table as it stood after round K.</summary>
    public static List<ScenarioEvent> Events(ForkRequest request, RecordedRun parent, Summit? at = null)
    {
        var table = (at ?? parent.RebuildThrough(request.AtRound)).Scenario;
        return request.Injects.Select((text, n) =>
        {
            var which = request.Injects.Count > 1 ? $"--inject #{n + 1}" : "--inject";
            var (evt, diagnostics) = EventSyntax.Read(text, table, request.AtRound + 1, which);
            return evt ?? throw new ForkInputException(string.Join("\n", diagnostics));
        }).ToList();
    }

    /// <summary>"seed 11 → 12; events: gallium (round 5)".</summary>
    public static string Describe(Summit forked)
    {
        var fork = forked.Transcript.OfType<SummitForked>().Last();
        var seed = fork.ParentSeed == fork.Seed ? $"seed {fork.Seed} (unchanged)" : $"seed {fork.ParentSeed} → {fork.Seed}";
        var events = fork.Events.IsEmpty ? "no new events" : "events: " + string.Join(", ", fork.Events.Select(e => $"{e.Id} (round {e.Round})"));
        return $"{seed}; {events}";
    }
}

/// <summary>Bad input to `techpact fork`; the message is ready to print.</summary>
public sealed class ForkInputException(string message) : Exception(message);
