namespace TechPact.Negotiation.Protocols.Text;

/// <summary>Partial consensus, issue by issue (Fershtman 1990; the "agree as you go" practice of
/// consensus bodies): the text is drafted as in the single negotiating text, but an issue on which
/// everyone's commitments meet is settled at once, on the text's option, and never reopened. The pact
/// lists the settled standards and leaves the rest as open items.</summary>
/// <remarks>A lock needs everyone's consent, and no country consents to one that would leave its
/// reservation out of reach (the best it could still get on the open issues, added to what is settled,
/// below no deal): so the package that is finally complete is acceptable to all. Early locks can still
/// cost value a later package could have had — that is the point of the contrast with the single text.</remarks>
public sealed class PartialConsensus : Protocol<PartialConsensus.Settled>
{
    /// <summary>The issues settled for good, <see cref="Package.Open"/> where not yet.</summary>
    public sealed record Settled(Package Issues) : ProtocolState;

    public override string Name => "partial-consensus";

    public override bool HasMediator => true;

    public override ProtocolOpening Open(SummitSetting setting) =>
        new(Mediator.Opening(setting), new Settled(Package.AllOpen(setting.Scenario.Issues.Length)));

    protected override Brokerage Broker(SummitSetting setting, Settled state, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, int round) =>
        Logrolling.Broker(setting, draft, moves, history, round);

    protected override RoundClosing Close(SummitSetting setting, Settled state, RoundTable table)
    {
        // A red line declared after a lock (by event) reopens the issue: red lines hold over everything.
        var settled = new Package([.. state.Issues.Choices.Select((o, i) => o != Package.Open && !Admissible(setting, i, o) ? Package.Open : o)]);
        var revised = Mediator.Revise(setting, table.Draft, table.Moves, table.Positions);
        // What is settled stays on the table as it was settled.
        revised = new Package([.. revised.Choices.Select((o, i) => settled[i] == Package.Open ? o : settled[i])]);
        for (var i = 0; i < settled.Count; i++)
            if (settled[i] == Package.Open && table.Agreed[i].Contains(revised[i]) && Admissible(setting, i, revised[i]) && StaysReachable(setting, settled.With(i, revised[i])))
                settled = settled.With(i, revised[i]);
        var pact = settled.IsComplete && Acceptability.IsAcceptable(setting, settled) ? settled : null;
        return new RoundClosing(revised, new Settled(settled), SingleNegotiatingText.Positions(table), pact,
            table.Deadline && pact is null ? settled : null);
    }

    private static bool Admissible(SummitSetting setting, int issue, int option) =>
        setting.Scenario.Countries.Where((_, c) => setting.IsSeated(c)).All(c => !c.RedLines[issue].Contains(option));

    /// <summary>Every country can still reach its reservation with the best admissible option on each open issue.</summary>
    private static bool StaysReachable(SummitSetting setting, Package settled)
    {
        foreach (var country in setting.Scenario.Countries.Where((_, c) => setting.IsSeated(c)))
        {
            var best = Utility.Of(country, settled);
            for (var i = 0; i < settled.Count; i++)
                if (settled[i] == Package.Open)
                    best += country.Weights[i] * Acceptability.Admissible(setting, i).Members().Max(o => country.Values[i][o]);
            if (best < country.Reservation) return false;
        }
        return true;
    }
}
