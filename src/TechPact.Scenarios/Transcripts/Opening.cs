using TechPact.Negotiation.Events;
using TechPact.Negotiation.Protocols;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Transcripts;

/// <summary>The summit-opened line: the scenario (as ScenarioYamlWriter wrote it) and the run's rules.</summary>
internal sealed record Opening(Scenario Scenario, NegotiationRules Rules)
{
    /// <summary>Everyone who may answer: the table, and any party an event seats at it.</summary>
    public IReadOnlyCollection<string> Countries { get; } =
        [.. Scenario.Countries.Select(c => c.Id), .. Scenario.Events.SelectMany(e => e.Effects).OfType<PartyJoins>().Select(p => p.Country.Id)];

    /// <summary>A line about a part of the scenario the summit-opened line does not have (an event,
    /// tracks, clubs, logrolling) means the two don't belong together: say so here rather than as a
    /// puzzling difference later.</summary>
    public void CheckCarried(JsonLine line, string type, IEnumerable<TranscriptEvent> history)
    {
        _ = line.Round;
        var missing = type switch
        {
            "event-fired" when !KnownEvent(line.String(line.Root, "event"), history) => "its scripted events",
            "track-agreed" when Scenario.Tracks.IsEmpty => "its tracks",
            "club-formed" or "club-joined" when Scenario.ClubThreshold == 0 => "its standards clubs",
            "trade-agreed" when !Scenario.Logrolling => "its logrolling",
            _ => null,
        };
        if (missing is not null)
            throw line.Error($"the scenario in the summit-opened line lacks {missing}: this transcript cannot rebuild its run");
    }

    private bool KnownEvent(string id, IEnumerable<TranscriptEvent> history) =>
        Scenario.Events.Any(e => e.Id == id) || history.OfType<SummitForked>().SelectMany(f => f.Events).Any(e => e.Id == id);

    public static Opening Read(JsonLine line, string file)
    {
        var root = line.Root;
        if (line.Round != 0) throw line.Error("summit-opened must be round 0");
        if (!root.TryGetProperty("scenarioYaml", out _))
            throw line.Error("no 'scenarioYaml': this transcript predates self-contained transcripts and cannot rebuild its run");
        var yaml = line.String(root, "scenarioYaml");
        var loaded = ScenarioLoader.LoadText(yaml, $"{file}:{line.Number}:scenarioYaml");
        if (loaded.HasErrors)
            throw line.Error("the scenario does not load: " + string.Join("; ", loaded.Diagnostics.Select(d => d.ToString())));
        var scenario = loaded.Scenario!;
        // Shortest round-trip numbers print the same only for the same doubles, so an identical
        // rewrite proves the loaded scenario is the one that ran, bit for bit.
        if (ScenarioYamlWriter.Write(scenario) != yaml)
            throw line.Error("the scenario does not load back exactly as written, so the run cannot be rebuilt bit for bit");
        var id = line.String(root, "scenario");
        if (id != scenario.Id) throw line.Error($"'scenario' is '{id}' but the scenario's id is '{scenario.Id}'");

        var protocol = line.String(root, "protocol");
        if (!ProtocolCatalog.IsKnown(protocol)) throw line.Error($"unknown protocol '{protocol}'");
        var rules = new NegotiationRules(line.Long(root, "seed"), line.Int(root, "maxRounds", minimum: 1), protocol, line.Double(root, "noise"));
        return new Opening(scenario, rules);
    }
}
