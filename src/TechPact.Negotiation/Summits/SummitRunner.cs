using TechPact.Negotiation.Negotiators;

namespace TechPact.Negotiation.Summits;

/// <summary>Runs a whole summit in-process, without Orleans: the reference the grain-hosted
/// run must match byte for byte.</summary>
public static class SummitRunner
{
    public static Summit Run(Scenario scenario, NegotiationRules? rules = null, Action<Summit>? onRound = null)
    {
        var summit = Summit.Open(scenario, rules ?? scenario.Rules);
        var setting = summit.Setting;
        var countries = summit.Briefs().Select(b => new CountryNegotiator(b)).ToArray();
        while (!summit.IsOver)
        {
            if (!ReferenceEquals(setting, summit.Setting))
            {
                // An event changed the table: every country is briefed again, as the grains are.
                setting = summit.Setting;
                countries = summit.Briefs().Select(b => new CountryNegotiator(b)).ToArray();
            }
            var context = summit.NextRound();
            summit = summit.Apply(countries.Select(c => c.Respond(context)).ToArray());
            onRound?.Invoke(summit);
        }
        return summit;
    }
}
