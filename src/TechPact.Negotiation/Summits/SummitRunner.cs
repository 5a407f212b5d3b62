namespace TechPact.Negotiation.Summits;

/// <summary>Runs a whole summit in-process, without Orleans: the reference the grain-hosted
/// run must match byte for byte.</summary>
public static class SummitRunner
{
    public static Summit Run(Scenario scenario, NegotiationRules? rules = null, Action<Summit>? onTurn = null) =>
        Continue(Summit.Open(scenario, rules ?? scenario.Rules), onTurn);

    /// <summary>Plays on from where <paramref name="summit"/> stands (a rebuilt or forked summit) until it is
    /// over or, when <paramref name="untilRound"/> is given, until that round has closed.</summary>
    /// <param name="seated">A move made outside the engine for a seat this round (a recorded person's or
    /// agent's move, see Seats.RecordedSeats); null there, or no function: the country's negotiator decides.</param>
    public static Summit Continue(Summit summit, Action<Summit>? onTurn = null, int untilRound = int.MaxValue,
        Func<CountryBrief, RoundContext, CountryMove?>? seated = null)
    {
        var setting = summit.Setting;
        var countries = summit.Briefs().Select(b => new CountryNegotiator(b)).ToArray();
        while (!summit.IsOver && !(summit.Round >= untilRound && summit.BetweenRounds))
        {
            if (!ReferenceEquals(setting, summit.Setting))
            {
                // An event changed the table: every country is briefed again, as the grains are.
                setting = summit.Setting;
                countries = summit.Briefs().Select(b => new CountryNegotiator(b)).ToArray();
            }
            var turn = summit.NextTurn();
            summit = summit.ApplyTurn(turn.Countries
                .Select(c => seated?.Invoke(countries[c].Brief, turn.Context) ?? countries[c].Respond(turn.Context)).ToArray());
            onTurn?.Invoke(summit);
        }
        return summit;
    }
}
