using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Limits;
using TechPact.Scenarios.Loading.Schema;

namespace TechPact.Scenarios.Transcripts;

/// <summary>Reads a transcript.jsonl back into what rebuilds the run: the scenario and rules of its
/// summit-opened line, then the recorded moves (country-answered), forks (summit-forked) and seat
/// lines (seat-taken, seat-played-by-ai: which moves a person or an agent made).</summary>
/// <remarks>Every other line is derived by the engine from those, so it is only checked for form here;
/// <c>techpact replay</c> checks its content by writing it again. Errors throw
/// <see cref="TranscriptFormatException"/> at the first problem.</remarks>
public static class TranscriptReader
{
    private static readonly HashSet<string> DerivedTypes = new(StringComparer.Ordinal)
    {
        "draft-revised", "summit-concluded", "event-fired", "trade-agreed", "track-agreed", "club-formed",
        "club-joined", "offer-tabled",
    };

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
            var line = Parse(file, n, lines[n - 1]);
            var type = line.Type;
            if (concludedAt > 0) throw line.Error($"'{type}' after the summit concluded (line {concludedAt})");
            if (opening is null && type != "summit-opened") throw line.Error($"the first line must be summit-opened, not '{type}'");
            switch (type)
            {
                case "summit-opened" when opening is null: opening = Opening.Read(line, file); break;
                case "summit-opened": throw line.Error("a second summit-opened line");
                case "country-answered": history.Add(new CountryAnswered(MoveJson.Read(line, opening!.Scenario, opening.Countries))); break;
                case "summit-forked": history.Add(opening!.Seat(Fork(line, opening, history))); break;
                case "seat-taken": history.Add(SeatTakenLine(line, opening!)); break;
                case "seat-played-by-ai": history.Add(SeatPlayedByAiLine(line, opening!)); break;
                case "summit-concluded": concludedAt = n; _ = line.Round; break;
                case var derived when DerivedTypes.Contains(derived): opening!.CheckCarried(line, derived, history); break;
                default: throw line.Error($"unknown line type '{type}'");
            }
        }
        if (opening is null) throw new TranscriptFormatException(file, 0, "no summit-opened line");
        if (concludedAt == 0)
            throw new TranscriptFormatException(file, lines.Length - 1, "truncated: the run never concludes (no summit-concluded line)");
        return new RecordedRun(file, text, opening.Scenario, opening.Rules, history.ToImmutable());
    }

    private static JsonLine Parse(string file, int number, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = InputLimits.MaxNestingDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new TranscriptFormatException(file, number, "each line must be a JSON object");
            return new JsonLine(file, number, document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, number, $"not JSON ({e.Message})");
        }
    }

    private static SeatTaken SeatTakenLine(JsonLine line, Opening opening)
    {
        var kindName = line.String(line.Root, "kind");
        if (!SeatNames.TryKind(kindName, out var kind))
            throw line.Error($"unknown seat kind '{kindName}'{DidYouMean.HintAndKnown(kindName, [.. SeatNames.KindNames])}");
        var reason = line.Root.TryGetProperty("reason", out _) ? line.String(line.Root, "reason") : "";
        return new SeatTaken(line.Round, SeatCountry(line, opening), kind, line.String(line.Root, "by"), reason);
    }

    private static SeatPlayedByAi SeatPlayedByAiLine(JsonLine line, Opening opening)
    {
        var faultName = line.String(line.Root, "reason");
        if (!SeatNames.TryFault(faultName, out var fault))
            throw line.Error($"unknown reason '{faultName}'{DidYouMean.HintAndKnown(faultName, [.. SeatNames.FaultNames])}");
        return new SeatPlayedByAi(line.Round, SeatCountry(line, opening), fault, line.String(line.Root, "detail"));
    }

    private static string SeatCountry(JsonLine line, Opening opening)
    {
        var country = line.String(line.Root, "country");
        return opening.Countries.Contains(country)
            ? country
            : throw line.Error($"unknown country '{country}'{DidYouMean.HintAndKnown(country, opening.Countries)}");
    }

    private static SummitForked Fork(JsonLine line, Opening opening, IEnumerable<TranscriptEvent> history)
    {
        var root = line.Root;
        var rules = new NegotiationRules(line.Long(root, "seed"), line.Int(root, "maxRounds", minimum: 1),
            opening.Rules.Protocol, line.Double(root, "noise"));
        var table = opening.TableAt(line.Round, history);
        var events = line.Get(root, "events", JsonValueKind.Array).EnumerateArray().Select((e, n) =>
        {
            try { return EventSyntax.Parse(e.GetRawText(), table, line.Round + 1, $"event #{n + 1}"); }
            catch (EventSyntaxException x) { throw line.Error($"summit-forked {x.Diagnostics[0]}"); }
        }).ToImmutableArray();
        return new SummitForked(line.Round, line.Long(root, "parentSeed"), rules, events);
    }
}
