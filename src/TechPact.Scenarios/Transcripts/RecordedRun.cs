using System.Collections.Immutable;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Transcripts;

/// <summary>A run as its transcript records it: the scenario and rules it opened with, and its
/// history — every country's answers and any fork, in order. Everything else in the file follows from these.</summary>
/// <param name="Text">The file's text, the bytes a faithful rebuild must write again.</param>
public sealed record RecordedRun(string File, string Text, Scenario Scenario, NegotiationRules Rules,
    ImmutableArray<TranscriptEvent> History)
{
    /// <summary>The round the run concluded in.</summary>
    public int Rounds => History.OfType<CountryAnswered>().Select(a => a.Round).DefaultIfEmpty(0).Max();

    /// <summary>The run rebuilt from its recorded moves (and forks), without asking any country anything.</summary>
    public Summit Rebuild() => SummitReplay.Rebuild(Scenario, Rules, History);

    /// <summary>The summit as it stood after <paramref name="round"/> rounds: the moves of rounds
    /// 1..round and the forks made before it.</summary>
    public Summit RebuildThrough(int round) => SummitReplay.RebuildThrough(Scenario, Rules, History, round);

    /// <summary>The run played again from scratch by the engine's negotiators, forking where the
    /// recording forked: what the scenario and seeds give today.</summary>
    public Summit Rerun()
    {
        var summit = Summit.Open(Scenario, Rules);
        foreach (var fork in History.OfType<SummitForked>())
            summit = SummitRunner.Continue(summit, untilRound: fork.Round).Fork(fork.Rules, fork.Events);
        return SummitRunner.Continue(summit);
    }
}
