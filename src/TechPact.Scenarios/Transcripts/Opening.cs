using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TechPact.Scenarios.Transcripts;

/// <summary>The summit-opened line: the scenario (as ScenarioYamlWriter wrote it) and the run's rules.</summary>
internal sealed record Opening(Scenario Scenario, NegotiationRules Rules)
{
    private readonly HashSet<string> _countries =
        [.. Scenario.Countries.Select(c => c.Id), .. Scenario.Events.SelectMany(e => e.Effects).OfType<PartyJoins>().Select(p => p.Country.Id)];

    /// <summary>Everyone who may answer: the table, and any party an event seats at it (a scripted one,
    /// or one a fork added, from the fork's line on).</summary>
    public IReadOnlyCollection<string> Countries => _countries;

    /// <summary>Notes the parties the fork's events seat, who may answer from then on.</summary>
    public SummitForked Seat(SummitForked fork)
    {
        foreach (var joins in fork.Events.SelectMany(e => e.Effects).OfType<PartyJoins>()) _countries.Add(joins.Country.Id);
        return fork;
    }

    /// <summary>The table when a fork was made after <paramref name="round"/>: the scenario with every event
    /// fired by then — the scenario's own and earlier forks', those set for the next round included, as they
    /// fire when a round closes — which is what the fork's events were read against when it was made.</summary>
    public Scenario TableAt(int round, IEnumerable<TranscriptEvent> history)
    {
        var events = Scenario.Events.Concat(history.OfType<SummitForked>().SelectMany(f => f.Events)).ToList();
        var fired = events.Where(e => e.Round <= round + 1).OrderBy(e => e.Round).Select(e => new EventFired(e.Round, e));
        return EventEffects.ScenarioAfter(Scenario, fired) with { Events = [.. events] };
    }

    /// <summary>A line about a part of the scenario the summit-opened line does not have (an event,
    /// tracks, clubs, logrolling) means the two don't belong together: say so here rather than as a
    /// puzzling difference later.</summary>
    public void CheckCarried(JsonLine line, IEnumerable<TranscriptEvent> history)
    {
        var missing = line.Value switch
        {
            EventFiredLine fired when !KnownEvent(fired.Event, history) => "its scripted events",
            TrackAgreedLine when Scenario.Tracks.IsEmpty => "its tracks",
            ClubFormedLine or ClubJoinedLine when Scenario.ClubThreshold == 0 => "its standards clubs",
            TradeAgreedLine when !Scenario.Logrolling => "its logrolling",
            _ => null,
        };
        if (missing is not null)
            throw line.Error($"the scenario in the summit-opened line lacks {missing}: this transcript cannot rebuild its run");
    }

    private bool KnownEvent(string id, IEnumerable<TranscriptEvent> history) =>
        Scenario.Events.Any(e => e.Id == id) || history.OfType<SummitForked>().SelectMany(f => f.Events).Any(e => e.Id == id);

    public static Opening Read(JsonLine line, SummitOpenedLine opened, string file)
    {
        if (opened.Round != 0) throw line.Error("summit-opened must be round 0");
        if (opened.ScenarioYaml is not { } yaml)
            throw line.Error("no 'scenarioYaml': this transcript predates self-contained transcripts and cannot rebuild its run");
        var loaded = ScenarioLoader.LoadText(yaml, $"{file}:{line.Number}:scenarioYaml");
        if (loaded.HasErrors)
            throw line.Error("the scenario does not load: " + string.Join("; ", loaded.Diagnostics.Select(d => d.ToString())));
        var scenario = loaded.Scenario!;
        // Shortest round-trip numbers print the same only for the same doubles, so a rewrite with the
        // same values proves the loaded scenario is the one that ran, bit for bit.
        if (!SameValues(ScenarioYamlWriter.Write(scenario), yaml))
            throw line.Error("the scenario does not load back exactly as written, so the run cannot be rebuilt bit for bit");
        if (opened.Scenario != scenario.Id) throw line.Error($"'scenario' is '{opened.Scenario}' but the scenario's id is '{scenario.Id}'");
        if (!ProtocolCatalog.IsKnown(opened.Protocol)) throw line.Error($"unknown protocol '{opened.Protocol}'");
        var rules = new NegotiationRules(opened.Seed, line.AtLeast(opened.MaxRounds, 1, "maxRounds"), opened.Protocol, line.Finite(opened.Noise, "noise"));
        return new Opening(scenario, rules);
    }

    /// <summary>Whether two YAML texts hold the same nodes with the same scalar texts, whatever their
    /// quoting: a transcript written before the writer changed how it escapes a tab still reads.</summary>
    private static bool SameValues(string written, string recorded)
    {
        if (written == recorded) return true;
        var (a, b) = (new Parser(new StringReader(written)), new Parser(new StringReader(recorded)));
        while (true)
        {
            var (more, other) = (a.MoveNext(), b.MoveNext());
            if (more != other) return false;
            if (!more) return true;
            if (a.Current!.GetType() != b.Current!.GetType()) return false;
            if (a.Current is Scalar x && b.Current is Scalar y && x.Value != y.Value) return false;
        }
    }
}
