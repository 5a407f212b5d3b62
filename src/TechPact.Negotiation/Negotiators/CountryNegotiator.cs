using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Negotiators;

/// <summary>Decides one country's move in a round. Stateless between rounds: its own earlier
/// commitments come back in the <see cref="RoundContext"/>, so a retried round gives the same move.</summary>
public sealed class CountryNegotiator(CountryBrief brief)
{
    /// <summary>How strongly relative leverage bends the concession curve on an issue:
    /// e_issue = e · exp(−κ · relative leverage). 2 means a country 0.3 stronger than the room
    /// concedes on that issue as if its exponent were about half.</summary>
    public const double LeverageSlowdown = 2.0;

    private const double Tolerance = 1e-9;

    public CountryBrief Brief { get; } = brief;

    public CountryMove Respond(RoundContext context)
    {
        var me = Brief.Profile;
        var time = ClockTime(context.Round);
        var aspiration = TimeDependentStrategy.Aspiration(time, me.Reservation, me.Strategy.Exponent);
        var draftUtility = Utility.Of(me, context.Draft);
        var accepts = context.Draft.IsComplete
                      && !Utility.CrossesRedLine(me, context.Draft)
                      && draftUtility >= Math.Max(aspiration, me.Reservation) - Tolerance;

        var previous = context.Commitments[Brief.Index];
        var commitments = ImmutableArray.CreateBuilder<OptionSet>(Brief.Issues.Length);
        var amendments = ImmutableArray.CreateBuilder<int>(Brief.Issues.Length);
        var concessions = 0;
        for (var i = 0; i < Brief.Issues.Length; i++)
        {
            var set = previous[i].Union(AcceptableAt(i, time));
            if (accepts) set = set.With(context.Draft[i]);
            if (context.Round > 1 && set != previous[i]) concessions++;
            commitments.Add(set);
            amendments.Add(set.Contains(context.Draft[i]) ? Package.Open : Amendment(i, set, context.Draft[i]));
        }
        return new CountryMove(me.Id, context.Round, accepts, draftUtility, aspiration,
            commitments.MoveToImmutable(), amendments.MoveToImmutable(), concessions);
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

    /// <summary>The lowest value this country accepts on one issue at a given time.</summary>
    /// <remarks>Concessions are spread over issues by γ = w^(−1/2) / Σ w^(1/2): more on issues it
    /// cares little about, less on its priorities. That weighting keeps Σ w·floor ≥ aspiration ≥
    /// reservation, so any package built from its commitments clears its reservation.</remarks>
    public double IssueFloor(int issue, double time)
    {
        var me = Brief.Profile;
        var weight = me.Weights[issue];
        if (weight <= 0) return 0.0;
        var exponent = me.Strategy.Exponent * Math.Exp(-LeverageSlowdown * Brief.RelativeLeverage[issue]);
        var aspiration = TimeDependentStrategy.Aspiration(time, me.Reservation, exponent);
        var spread = 1.0 / Math.Sqrt(weight) / me.Weights.Sum(Math.Sqrt);
        return Math.Clamp(1.0 - (1.0 - aspiration) * spread, 0.0, 1.0);
    }

    private OptionSet AcceptableAt(int issue, double time)
    {
        var floor = IssueFloor(issue, time) - Tolerance;
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
}
