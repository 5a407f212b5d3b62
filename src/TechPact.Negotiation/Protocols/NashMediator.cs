using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;

namespace TechPact.Negotiation.Protocols;

/// <summary>What the mediator and the protocols ask of a package: which options nobody has ruled
/// out, and how it scores by the leverage-weighted (asymmetric) Nash product, Π_c (U_c − r_c)^β_c,
/// with reservations as the disagreement point.</summary>
public static class NashMediator
{
    /// <summary>Options no country has a red line against; all options if every one is red-lined
    /// by somebody (the draft must still say something).</summary>
    public static OptionSet Admissible(SummitSetting setting, int issue)
    {
        var all = OptionSet.Empty;
        for (var o = 0; o < setting.Scenario.Issues[issue].Options.Length; o++) all = all.With(o);
        var allowed = setting.Scenario.Countries.Aggregate(all, (set, c) => set.Except(c.RedLines[issue]));
        return allowed.IsEmpty ? all : allowed;
    }

    /// <summary>Leverage-weighted Nash log-product, or −∞ if the package leaves someone at or
    /// below reservation or crosses a red line. β_c is the country's leverage share on each issue
    /// weighted by how much the issue matters to it.</summary>
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
