using TechPact.Negotiation.Outcomes;

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
}
