using TechPact.Negotiation.Negotiators;

namespace TechPact.Negotiation.Summits;

/// <summary>Runs a whole summit in-process, without Orleans: the reference the grain-hosted
/// run must match byte for byte.</summary>
public static class SummitRunner
{
    public static Summit Run(Scenario scenario, NegotiationRules? rules = null, Action<Summit>? onTurn = null)
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
            var turn = summit.NextTurn();
            summit = summit.ApplyTurn(turn.Countries.Select(c => countries[c].Respond(turn.Context)).ToArray());
            onTurn?.Invoke(summit);
        }
        return summit;
    }
}
