using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;

namespace TechPact.Negotiation.Protocols;

/// <summary>The mediator's compass: the leverage-weighted (asymmetric) Nash bargaining solution,
/// Π_c (U_c − r_c)^β_c, with reservations as the disagreement point.</summary>
/// <remarks>The Nash product does not split by issue, so the mediator climbs it the usual way:
/// linearise around the current draft, where the gain of option o on issue i is
/// Σ_c β_c,i · w_c,i · v_c,i(o) / (U_c − r_c), pick each issue's best option, and repeat.
/// Countries with little surplus left weigh more, which is exactly what pulls towards Nash.</remarks>
public static class NashMediator
{
    /// <summary>Surplus floor, so a country at or under its reservation dominates the score
    /// without dividing by zero.</summary>
    private const double MinSurplus = 0.05;

    public static ImmutableArray<double> SurplusWeights(SummitSetting setting, Package draft)
    {
        var countries = setting.Scenario.Countries;
        return countries.Select(c => draft.IsComplete
            ? 1.0 / Math.Max(MinSurplus, Utility.Of(c, draft) - c.Reservation)
            : 1.0).ToImmutableArray();
    }

    public static double Score(SummitSetting setting, ImmutableArray<double> surplusWeights, int issue, int option)
    {
        var countries = setting.Scenario.Countries;
        var score = 0.0;
        for (var c = 0; c < countries.Length; c++)
        {
            var country = countries[c];
            score += setting.Leverage.Share[c][issue] * country.Weights[issue] * country.Values[issue][option]
                     * surplusWeights[c];
        }
        return score;
    }

    /// <summary>The best-scoring candidate; ties go to the lower index so runs are reproducible.</summary>
    public static int Best(SummitSetting setting, ImmutableArray<double> surplusWeights, int issue, IEnumerable<int> candidates)
    {
        var best = Package.Open;
        var bestScore = double.NegativeInfinity;
        foreach (var o in candidates.Distinct().Order())
        {
            var s = Score(setting, surplusWeights, issue, o);
            if (s > bestScore + 1e-12) (best, bestScore) = (o, s);
        }
        return best;
    }

    /// <summary>Options no country has a red line against; all options if every one is red-lined
    /// by somebody (the draft must still say something).</summary>
    public static OptionSet Admissible(SummitSetting setting, int issue)
    {
        var all = OptionSet.Empty;
        for (var o = 0; o < setting.Scenario.Issues[issue].Options.Length; o++) all = all.With(o);
        var allowed = setting.Scenario.Countries.Aggregate(all, (set, c) => set.Except(c.RedLines[issue]));
        return allowed.IsEmpty ? all : allowed;
    }

    /// <summary>Leverage-weighted Nash log-product, or −∞ if the package leaves someone
    /// at or below reservation.</summary>
    public static double LogNashProduct(SummitSetting setting, Package package)
    {
        var countries = setting.Scenario.Countries;
        var sum = 0.0;
        for (var c = 0; c < countries.Length; c++)
        {
            var surplus = Utility.Of(countries[c], package) - countries[c].Reservation;
            if (surplus <= 0 || Utility.CrossesRedLine(countries[c], package)) return double.NegativeInfinity;
            var beta = 0.0;
            for (var i = 0; i < package.Count; i++) beta += setting.Leverage.Share[c][i] * countries[c].Weights[i];
            sum += beta * Math.Log(surplus);
        }
        return sum;
    }
}
