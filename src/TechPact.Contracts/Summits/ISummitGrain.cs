using System.Collections.Immutable;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Summits;

/// <summary>One summit, keyed by summit id: it drives the rounds; the engine decides everything.
/// Its state is its log (<see cref="SummitLog"/>), stored after every round, so it survives the
/// silo that hosts it.</summary>
[Alias("techpact.ISummitGrain")]
public interface ISummitGrain : IGrainWithStringKey
{
    /// <summary>Opens the summit and briefs every country grain. A summit opens once.</summary>
    [Alias("Open")]
    Task<SummitView> Open(Scenario scenario, NegotiationRules rules);

    /// <summary>Plays the next round: every country commits (in parallel), then the draft is revised.</summary>
    [Alias("RunRound")]
    Task<RoundView> RunRound();

    /// <summary>Opens this summit as a what-if fork of another's log: its rounds 1..atRound, then
    /// new rules (a seed) and/or extra events. A summit opens once.</summary>
    [Alias("OpenFork")]
    Task<SummitView> OpenFork(SummitLog parent, int atRound, NegotiationRules rules, ImmutableArray<TechPact.Negotiation.Events.ScenarioEvent> events);

    /// <summary>Plays round <paramref name="round"/> if it is the next one; if it is the last one
    /// played (a retry after a lost answer), returns its stored result without playing it again.
    /// Any other round number is an error: the caller is out of step.</summary>
    [Alias("RunRoundNumbered")]
    Task<RoundView> RunRound(int round);

    /// <summary>Plays rounds until the summit concludes.</summary>
    [Alias("RunToEnd")]
    Task<SummitView> RunToEnd();

    /// <summary>Plays on by itself, a round every <paramref name="pace"/>, until it concludes; the
    /// cluster remembers it (<see cref="IRunningSummitsGrain"/>) so a summit whose silo died or whose
    /// server restarted plays on. Calling it again while it plays changes nothing.</summary>
    [Alias("Autoplay")]
    Task Autoplay(TimeSpan pace);

    [Alias("GetView")]
    Task<SummitView> GetView();

    /// <summary>The whole history: every event since the summit opened, in order.</summary>
    [Alias("GetTranscript")]
    Task<ImmutableArray<TranscriptEvent>> GetTranscript();

    /// <summary>The stored log: scenario, rules and transcript (what a watcher that joins late needs).</summary>
    [Alias("GetLog")]
    Task<SummitLog> GetLog();

    /// <summary>The silo this activation lives on, for operators and failover tests.</summary>
    [Alias("GetHost")]
    Task<SiloAddress> GetHost();
}
