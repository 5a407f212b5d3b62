namespace TechPact.Negotiation.Summits;

/// <summary>Rebuilds a summit from its transcript: reopen with the same scenario and rules, then
/// re-apply every recorded move, turn by turn. The engine is deterministic, so the rebuilt summit
/// is the one that wrote the transcript; this is what lets the transcript alone be the stored state.</summary>
public static class SummitReplay
{
    public static Summit Rebuild(Scenario scenario, NegotiationRules rules, IEnumerable<TranscriptEvent> transcript)
    {
        var summit = Summit.Open(scenario, rules);
        var pending = new List<Negotiators.CountryMove>();
        foreach (var answered in transcript.OfType<CountryAnswered>())
        {
            pending.Add(answered.Move);
            if (pending.Count < summit.NextTurn().Countries.Length) continue;
            summit = summit.ApplyTurn(pending);
            pending = [];
        }
        return summit;
    }
}
