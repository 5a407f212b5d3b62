using System.Collections.Immutable;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Summits;

/// <summary>One summit, keyed by summit id: it drives the rounds; the engine decides everything.</summary>
[Alias("techpact.ISummitGrain")]
public interface ISummitGrain : IGrainWithStringKey
{
    /// <summary>Opens the summit and briefs every country grain. A summit opens once.</summary>
    [Alias("Open")]
    Task<SummitView> Open(Scenario scenario, NegotiationRules rules);

    /// <summary>Plays one round: every country commits (in parallel), then the draft is revised.</summary>
    [Alias("RunRound")]
    Task<RoundView> RunRound();

    /// <summary>Plays rounds until the summit concludes.</summary>
    [Alias("RunToEnd")]
    Task<SummitView> RunToEnd();

    [Alias("GetView")]
    Task<SummitView> GetView();

    /// <summary>The whole history: every event since the summit opened, in order.</summary>
    [Alias("GetTranscript")]
    Task<ImmutableArray<TranscriptEvent>> GetTranscript();
}
