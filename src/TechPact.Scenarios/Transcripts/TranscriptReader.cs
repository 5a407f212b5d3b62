namespace TechPact.Scenarios.Transcripts;

/// <summary>Reads a transcript.jsonl back into what rebuilds the run: the scenario and rules of its
/// summit-opened line, then the recorded moves (country-answered), forks (summit-forked) and seat
/// lines (seat-taken, seat-played-by-ai: which moves a person or an agent made).</summary>
/// <remarks>Every other line is derived by the engine from those, so it is only checked for form here;
/// <c>techpact replay</c> checks its content by writing it again. Errors throw
/// <see cref="TranscriptFormatException"/> at the first problem.</remarks>
public static class TranscriptReader
{
    /// <summary>Reads within <see cref="InputLimits.MaxTranscriptBytes"/> and the read deadline: a FIFO
    /// or a device named as a transcript is refused, not waited on.</summary>
    public static RecordedRun ReadFile(string path)
    {
        var (bytes, problem) = BoundedFile.Read(path, InputLimits.MaxTranscriptBytes, "transcripts");
        if (bytes is null) throw new TranscriptFormatException(path, 0, problem!);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader.ReadToEnd(), path);
    }

    /// <param name="file">Used in errors only.</param>
    public static RecordedRun Read(string text, string file)
    {
        if (text.Length == 0) throw new TranscriptFormatException(file, 0, "empty file: no summit-opened line");
        var lines = text.Split('\n');
        if (lines[^1].Length != 0)
            throw new TranscriptFormatException(file, lines.Length, "truncated: the last line has no end-of-line");

        Opening? opening = null;
        var history = ImmutableArray.CreateBuilder<TranscriptEvent>();
        var concludedAt = 0;
        for (var n = 1; n < lines.Length; n++)
        {
            var line = JsonLine.Parse(file, n, lines[n - 1]);
            if (concludedAt > 0) throw line.Error($"'{line.Type}' after the summit concluded (line {concludedAt})");
            if (opening is null && line.Value is not SummitOpenedLine) throw line.Error($"the first line must be summit-opened, not '{line.Type}'");
            switch (line.Value)
            {
                case SummitOpenedLine opened when opening is null: opening = Opening.Read(line, opened, file); break;
                case SummitOpenedLine: throw line.Error("a second summit-opened line");
                case CountryAnsweredLine answer: history.Add(new CountryAnswered(MoveJson.Read(line, answer, opening!.Scenario, opening.Countries))); break;
                case SummitForkedLine fork: history.Add(opening!.Seat(Fork(line, fork, opening, history))); break;
                case SeatTakenLine taken: history.Add(Seat(line, taken, opening!)); break;
                case SeatPlayedByAiLine played: history.Add(Seat(line, played, opening!)); break;
                case SummitConcludedLine: concludedAt = n; break;
                default: opening!.CheckCarried(line, history); break;
            }
        }
        if (opening is null) throw new TranscriptFormatException(file, 0, "no summit-opened line");
        if (concludedAt == 0)
            throw new TranscriptFormatException(file, lines.Length - 1, "truncated: the run never concludes (no summit-concluded line)");
        return new RecordedRun(file, text, opening.Scenario, opening.Rules, history.ToImmutable());
    }

    private static SeatTaken Seat(JsonLine line, SeatTakenLine taken, Opening opening)
    {
        if (!SeatNames.TryKind(taken.Kind, out var kind))
            throw line.Error($"unknown seat kind '{taken.Kind}'{DidYouMean.HintAndKnown(taken.Kind, [.. SeatNames.KindNames])}");
        return new SeatTaken(taken.Round, SeatCountry(line, taken.Country, opening), kind, taken.By, taken.Reason ?? "");
    }

    private static SeatPlayedByAi Seat(JsonLine line, SeatPlayedByAiLine played, Opening opening)
    {
        if (!SeatNames.TryFault(played.Reason, out var fault))
            throw line.Error($"unknown reason '{played.Reason}'{DidYouMean.HintAndKnown(played.Reason, [.. SeatNames.FaultNames])}");
        return new SeatPlayedByAi(played.Round, SeatCountry(line, played.Country, opening), fault, played.Detail);
    }

    private static string SeatCountry(JsonLine line, string country, Opening opening) =>
        opening.Countries.Contains(country)
            ? country
            : throw line.Error($"unknown country '{country}'{DidYouMean.HintAndKnown(country, opening.Countries)}");

    private static SummitForked Fork(JsonLine line, SummitForkedLine fork, Opening opening, IEnumerable<TranscriptEvent> history)
    {
        var rules = new NegotiationRules(fork.Seed, line.AtLeast(fork.MaxRounds, 1, "maxRounds"), opening.Rules.Protocol, line.Finite(fork.Noise, "noise"));
        var table = opening.TableAt(fork.Round, history);
        var events = fork.Events.Texts.Select((text, n) =>
        {
            try { return EventSyntax.Parse(text, table, fork.Round + 1, $"event #{n + 1}"); }
            catch (EventSyntaxException x) { throw line.Error($"summit-forked {x.Diagnostics[0]}"); }
        }).ToImmutableArray();
        return new SummitForked(fork.Round, fork.ParentSeed, rules, events);
    }
}
