namespace TechPact.Negotiation.Protocols;

/// <summary>What every country can say of a package: whether it crosses a red line it has declared,
/// and whether it is worth at least no deal to it (each party's own veto, in yes or no). Only the countries
/// at the table have a say: a country that left the summit vetoes nothing and its red lines bind nobody.</summary>
public static class Acceptability
{
    /// <summary>Options no country has declared a red line against; all options if every one is
    /// red-lined by somebody (a text must still say something — it will not be agreed).</summary>
    public static OptionSet Admissible(SummitSetting setting, int issue)
    {
        var all = OptionSet.Empty;
        for (var o = 0; o < setting.Scenario.Issues[issue].Options.Length; o++) all = all.With(o);
        var allowed = all;
        var countries = setting.Scenario.Countries;
        for (var c = 0; c < countries.Length; c++)
            if (setting.IsSeated(c)) allowed = allowed.Except(countries[c].RedLines[issue]);
        return allowed.IsEmpty ? all : allowed;
    }

    /// <summary>Complete, across nobody's red line, and worth at least its reservation to everyone.</summary>
    public static bool IsAcceptable(SummitSetting setting, Package package)
    {
        if (!package.IsComplete) return false;
        var countries = setting.Scenario.Countries;
        for (var c = 0; c < countries.Length; c++)
            if (setting.IsSeated(c) && (Utility.CrossesRedLine(countries[c], package) || Utility.Of(countries[c], package) < countries[c].Reservation))
                return false;
        return true;
    }

    /// <summary>The asymmetric Nash log-product Σ_c β_c · log(U_c − r_c) with the leverage exponents β;
    /// −∞ when someone gets no surplus or a red line is crossed.</summary>
    public static double LogWeightedNash(SummitSetting setting, Package package) =>
        LogWeightedNash(setting.Scenario.Countries, setting.Leverage.Exponents, package, setting.Absent);

    /// <summary>The same for any table of profiles with their exponents, over the seats not in
    /// <paramref name="absent"/>; −∞ also across a red line.</summary>
    public static double LogWeightedNash(IReadOnlyList<CountryProfile> countries, IReadOnlyList<double> exponents, Package package,
        IReadOnlySet<int>? absent = null)
    {
        var sum = 0.0;
        for (var c = 0; c < countries.Count; c++)
        {
            if (absent?.Contains(c) == true) continue;
            var surplus = Utility.Of(countries[c], package) - countries[c].Reservation;
            if (surplus <= 0 || Utility.CrossesRedLine(countries[c], package)) return double.NegativeInfinity;
            sum += exponents[c] * Math.Log(surplus);
        }
        return sum;
    }
}
