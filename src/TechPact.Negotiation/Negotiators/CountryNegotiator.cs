using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators.Strategies;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols.Zeuthen;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Negotiators;

/// <summary>Decides one country's move in a round. Stateless between rounds: everything it
/// remembers (its own commitments, what it demanded last round) comes back in the
/// <see cref="RoundContext"/>, so a retried round gives the same move.</summary>
public sealed class CountryNegotiator(CountryBrief brief)
{
    /// <summary>How strongly relative leverage ρ bends the concession on an issue: the issue's
    /// share of the remaining surplus x becomes x^exp(−κρ). With κ = 2 a country 0.3 stronger
    /// than the room on an issue holds there as if it had conceded about half as far.</summary>
    public const double LeverageSlowdown = 2.0;

    private const double Tolerance = 1e-9;

    private readonly IConcessionStrategy _strategy = StrategyCatalog.For(brief.Profile.Strategy);

    /// <summary>Under a complete-information protocol the country plays the Zeuthen concession game.</summary>
    private readonly ZeuthenNegotiator? _zeuthen = brief.Table.IsEmpty ? null : new ZeuthenNegotiator(brief);

    public CountryBrief Brief { get; } = brief;

    public CountryMove Respond(RoundContext context)
    {
        if (_zeuthen is not null) return _zeuthen.Respond(context);
        var me = Brief.Profile;
        var draftUtility = Utility.Of(me, context.Draft);
        var aspiration = Aspiration(context, draftUtility);
        var accepts = context.Draft.IsComplete
                      && !Utility.CrossesRedLine(me, context.Draft)
                      && draftUtility >= aspiration - Tolerance;

        var previous = context.Commitments[Brief.Index];
        var commitments = ImmutableArray.CreateBuilder<OptionSet>(Brief.Issues.Length);
        var amendments = ImmutableArray.CreateBuilder<int>(Brief.Issues.Length);
        var concessions = 0;
        for (var i = 0; i < Brief.Issues.Length; i++)
        {
            var set = previous[i].Union(AcceptableAt(i, aspiration));
            if (accepts) set = set.With(context.Draft[i]);
            if (context.Round > 1 && set != previous[i]) concessions++;
            commitments.Add(set);
            amendments.Add(set.Contains(context.Draft[i]) ? Package.Open : Amendment(i, set, context.Draft[i]));
        }
        var surplus = aspiration - me.Reservation;
        var risk = accepts || surplus <= Tolerance ? 0.0 : Math.Clamp((aspiration - draftUtility) / surplus, 0.0, 1.0);
        return new CountryMove(me.Id, context.Round, accepts, draftUtility, aspiration,
            commitments.MoveToImmutable(), amendments.MoveToImmutable(), concessions) { Risk = risk };
    }

    /// <summary>The package utility this country still demands, from its strategy.</summary>
    public double Aspiration(RoundContext context, double draftUtility)
    {
        var me = Brief.Profile;
        var input = new StrategyInput(
            ClockTime(context.Round), me.Reservation, me.Strategy.Exponent, _strategy.UsesReceived ? Received(context) : 0.0,
            context.Aspirations.IsEmpty ? 1.0 : context.Aspirations[Brief.Index], draftUtility,
            ZeuthenConcedes(context, out var nextRisk), nextRisk);
        return Math.Clamp(_strategy.Aspiration(input), me.Reservation, 1.0);
    }

    /// <summary>The fraction of the deadline this country feels has passed, jittered by the
    /// seeded noise so that different seeds give different (but reproducible) runs.</summary>
    /// <remarks>The jitter bends the clock (t^exp(±noise)) rather than shifting it, so every
    /// country still reaches its reservation exactly at the deadline, which everyone knows.</remarks>
    public double ClockTime(int round)
    {
        var rules = Brief.Rules;
        var jitter = rules.Noise * (2 * DeterministicRandom.For(rules.Seed, Brief.Profile.Id, round).NextDouble() - 1);
        return Math.Pow(Math.Clamp(round / (double)rules.MaxRounds, 0.0, 1.0), Math.Exp(jitter));
    }

    /// <summary>The lowest value this country accepts on one issue at a given package aspiration.</summary>
    /// <remarks>Relative leverage first bends the issue's aspiration (stronger → holds more), then
    /// concessions are spread over issues by γ = w^(−1/2) / Σ w^(1/2): more on issues it cares
    /// little about, less on its priorities. Both keep Σ w·floor ≥ reservation, so any package
    /// built from its commitments clears its reservation.</remarks>
    public double IssueFloor(int issue, double aspiration)
    {
        var me = Brief.Profile;
        var weight = me.Weights[issue];
        if (weight <= 0) return 0.0;
        var room = 1.0 - me.Reservation;
        var held = room <= 0 ? 0.0 : Math.Clamp((aspiration - me.Reservation) / room, 0.0, 1.0);
        var heldHere = Math.Pow(held, Math.Exp(-LeverageSlowdown * Brief.RelativeLeverage[issue]));
        var issueAspiration = me.Reservation + room * heldHere;
        var spread = 1.0 / Math.Sqrt(weight) / me.Weights.Sum(Math.Sqrt);
        return Math.Clamp(1.0 - (1.0 - issueAspiration) * spread, 0.0, 1.0);
    }

    private OptionSet AcceptableAt(int issue, double aspiration)
    {
        var floor = IssueFloor(issue, aspiration) - Tolerance;
        var values = Brief.Profile.Values[issue];
        var set = OptionSet.Empty;
        for (var o = 0; o < values.Length; o++)
            if (values[o] >= floor && !Brief.Profile.RedLines[issue].Contains(o)) set = set.With(o);
        return set;
    }

    /// <summary>The committed option nearest the draft on the issue's ladder (ties go to the one
    /// this country values more); with nothing committed, its favourite option.</summary>
    private int Amendment(int issue, OptionSet committed, int draftOption)
    {
        var values = Brief.Profile.Values[issue];
        if (committed.IsEmpty)
            return Enumerable.Range(0, values.Length).MaxBy(o => values[o]);
        return committed.Members()
            .OrderBy(o => draftOption == Package.Open ? 0 : Math.Abs(o - draftOption))
            .ThenByDescending(o => values[o])
            .ThenBy(o => o)
            .First();
    }

    /// <summary>How much better for this country the others' commitments have become since the
    /// opening round: the mean, over the others, of the best package it could build from theirs.</summary>
    private double Received(RoundContext context)
    {
        if (context.OpeningCommitments.IsEmpty) return 0.0;
        return Math.Max(0.0, BestFromOthers(context.Commitments) - BestFromOthers(context.OpeningCommitments));
    }

    private double BestFromOthers(ImmutableArray<ImmutableArray<OptionSet>> commitments)
    {
        var me = Brief.Profile;
        var total = 0.0;
        var others = 0;
        for (var c = 0; c < commitments.Length; c++)
        {
            if (c == Brief.Index) continue;
            others++;
            var theirs = commitments[c];
            for (var i = 0; i < me.Weights.Length; i++)
                total += me.Weights[i] * BestValue(me.Values[i], theirs[i]);
        }
        return others == 0 ? 0 : total / others;
    }

    /// <summary>The best value among the options of a set, 0 for an empty set: the same figure
    /// as a LINQ Max over the members, without the enumerator and closure per (country, issue)
    /// that made this O(countries²) loop the hot spot of a 193-country round.</summary>
    private static double BestValue(ImmutableArray<double> values, OptionSet set)
    {
        var bits = set.Bits;
        if (bits == 0) return 0;
        var best = values[System.Numerics.BitOperations.TrailingZeroCount(bits)];
        for (bits &= bits - 1; bits != 0; bits &= bits - 1)
        {
            var v = values[System.Numerics.BitOperations.TrailingZeroCount(bits)];
            if (v > best) best = v;
        }
        return best;
    }

    /// <summary>Zeuthen's rule: of those still holding out, the one with the smallest risk concedes.</summary>
    private bool ZeuthenConcedes(RoundContext context, out double nextLowestRisk)
    {
        nextLowestRisk = 0;
        if (context.Risks.IsEmpty) return false;
        var mine = context.Risks[Brief.Index];
        var others = context.Risks.Where((r, c) => c != Brief.Index && r > 0).ToArray();
        nextLowestRisk = others.Length == 0 ? 0 : others.Min();
        return mine > 0 && (others.Length == 0 || mine <= nextLowestRisk);
    }
}
