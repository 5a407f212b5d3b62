using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>Rebuilds a summit from its transcript: reopen with the same scenario and rules, then
/// re-apply each round's recorded moves. The engine is deterministic, so the rebuilt summit is
/// the one that wrote the transcript; this is what lets the transcript alone be the stored state.</summary>
public static class SummitReplay
{
    public static Summit Rebuild(Scenario scenario, NegotiationRules rules, IEnumerable<TranscriptEvent> transcript)
    {
        var summit = Summit.Open(scenario, rules);
        var rounds = transcript.OfType<CountryAnswered>().GroupBy(a => a.Round).OrderBy(g => g.Key);
        foreach (var round in rounds)
            summit = summit.Apply(round.Select(a => a.Move).ToArray());
        return summit;
    }
}
