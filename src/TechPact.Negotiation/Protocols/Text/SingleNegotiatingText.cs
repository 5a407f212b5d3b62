namespace TechPact.Negotiation.Protocols.Text;

/// <summary>The single negotiating text (Fisher's one-text procedure, used at Camp David; Raiffa,
/// <i>The Art and Science of Negotiation</i>, 1982): a mediator tables one full package, every country
/// answers with acceptance or the amendments it needs, and the mediator revises the text
/// (<see cref="Mediator"/>). Nothing is agreed until everything is: the pact comes when everyone's
/// commitments meet on every issue and some package from them is acceptable to all
/// (<see cref="Settlement"/>). The mediator also brokers logrolling trades (<see cref="Logrolling"/>).</summary>
public sealed class SingleNegotiatingText : Protocol<NoState>
{
    public override string Name => NegotiationRules.SingleNegotiatingText;

    public override bool HasMediator => true;

    public override ProtocolOpening Open(SummitSetting setting) => new(Mediator.Opening(setting), NoState.Instance);

    protected override Brokerage Broker(SummitSetting setting, NoState state, Package draft, IReadOnlyList<CountryMove> moves,
        ImmutableArray<ImmutableArray<Package>> history, int round) =>
        Logrolling.Broker(setting, draft, moves, history, round);

    protected override RoundClosing Close(SummitSetting setting, NoState state, RoundTable table)
    {
        var revised = Mediator.Revise(setting, table.Draft, table.Moves, table.Positions);
        var pact = Settlement.Find(setting, table.Agreed);
        return new RoundClosing(revised, state, Positions(table), pact,
            table.Deadline && pact is null ? Settlement.Partial(setting, table.Agreed) : null);
    }

    internal static ImmutableArray<Package> Positions(RoundTable table) => [.. table.Moves.Select(m => m.PositionOn(table.Draft))];
}
