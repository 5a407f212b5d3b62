namespace TechPact.Negotiation.Summits;

/// <summary>Rebuilds a summit from its transcript: reopen with the same scenario and rules, then
/// re-apply every recorded move, turn by turn. The engine is deterministic, so the rebuilt summit
/// is the one that wrote the transcript; this is what lets the transcript alone be the stored state.
/// A recorded fork is re-applied where it happened.</summary>
public static class SummitReplay
{
    public static Summit Rebuild(Scenario scenario, NegotiationRules rules, IEnumerable<TranscriptEvent> transcript)
    {
        var summit = Summit.Open(scenario, rules);
        var pending = new List<Negotiators.CountryMove>();
        foreach (var e in transcript)
        {
            if (e is SummitForked fork) summit = summit.Fork(fork.Rules, fork.Events);
            if (e is not CountryAnswered answered) continue;
            pending.Add(answered.Move);
            if (pending.Count < summit.NextTurn().Countries.Length) continue;
            summit = summit.ApplyTurn(pending);
            pending = [];
        }
        return summit;
    }

    /// <summary>The summit as it stood after <paramref name="round"/> rounds: the recorded moves of
    /// rounds 1..round, and the forks made before it. What a what-if fork starts from.</summary>
    public static Summit RebuildThrough(Scenario scenario, NegotiationRules rules, IEnumerable<TranscriptEvent> transcript, int round) =>
        Rebuild(scenario, rules, transcript.Where(e => e is CountryAnswered a ? a.Round <= round : e is SummitForked f && f.Round < round));
}
