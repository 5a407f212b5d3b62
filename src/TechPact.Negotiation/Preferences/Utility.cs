namespace TechPact.Negotiation.Preferences;

/// <summary>Linear additive utility, U(p) = Σ weight(issue) · value(issue, option): the
/// semantics GENIUS and NegMAS use. Open issues contribute nothing.</summary>
public static class Utility
{
    public static double Of(CountryProfile country, Package package)
    {
        var u = 0.0;
        for (var i = 0; i < package.Count; i++)
        {
            var o = package[i];
            if (o != Package.Open) u += country.Weights[i] * country.Values[i][o];
        }
        return u;
    }

    public static bool CrossesRedLine(CountryProfile country, Package package)
    {
        for (var i = 0; i < package.Count; i++)
            if (country.RedLines[i].Contains(package[i])) return true;
        return false;
    }

    /// <summary>GENIUS's time discount: a utility u reached at normalised time t = round / deadline is
    /// worth u · d^t (and so is the reservation). d = 1 leaves utilities as they are.</summary>
    public static double DiscountFactor(CountryProfile country, int round, int maxRounds) =>
        country.Discount >= 1 ? 1.0 : Math.Pow(country.Discount, Math.Clamp(round / (double)Math.Max(1, maxRounds), 0, 1));

    /// <summary>The country's discounted utility of <paramref name="package"/> agreed in <paramref name="round"/>.</summary>
    public static double Discounted(CountryProfile country, Package package, int round, int maxRounds) =>
        Of(country, package) * DiscountFactor(country, round, maxRounds);
}
