using System.Collections.Immutable;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>A what-if fork opened inside the cluster, so the live page shows it beside its parent.
/// The fork's log starts with the parent's opening and rounds 1..K, then the fork itself: replaying
/// it rebuilds the fork, as for any summit.</summary>
public sealed partial class SummitGrain
{
    public async Task<SummitView> OpenFork(SummitLog parent, int atRound, NegotiationRules rules, ImmutableArray<ScenarioEvent> events)
    {
        if (_summit is not null)
            throw new InvalidOperationException($"Summit {SummitId} is already open.");
        var at = SummitReplay.RebuildThrough(parent.Scenario, parent.Rules, parent.Transcript, atRound);
        var summit = at.Fork(rules, events);
        _opening = (parent.Scenario, parent.Rules);
        await BriefCountries(summit);
        await Store(summit);
        _summit = summit;
        await AnnounceOpening();
        return SummitViews.Of(SummitId, summit);
    }
}
