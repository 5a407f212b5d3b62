namespace TechPact.Negotiation.Protocols.Offers;

/// <summary>Multilateral stacked alternating offers (Aydoğan, Festen, Hindriks &amp; Jonker 2017, the
/// ANAC multilateral protocol; Rubinstein 1982 for two parties): countries speak in turn; each accepts
/// the standing offer or replaces it with its own; agreement when every country has accepted the same
/// offer since it was made (its proposer counting as accepting) and it is acceptable to all.</summary>
/// <remarks>
/// <para>Who speaks first is drawn from the seed and stated in the transcript (summit-opened's
/// <c>firstMover</c>); each round the order rotates by one seat, so no country holds the first word
/// throughout. The first speaker opens with its favourite package: moving first still anchors the
/// table, which is Rubinstein's first-mover advantage — the seed decides who has it, not the table order.</para>
/// <para>A counter-offer is the standing offer with the speaker's asks applied: on each issue it can't
/// accept, the committed option its opponent model says the others like best. No mediator: the
/// standing offer is simply the last one made.</para>
/// </remarks>
public sealed class AlternatingOffers : Protocol<AlternatingOffers.Turns>
{
    /// <param name="First">Who spoke first in round 1.</param>
    /// <param name="Pending">Moves made so far this round, in speaking order.</param>
    /// <param name="Offers">After each of those moves, the offer its maker stood for (its own, or the one it took).</param>
    /// <param name="Accepted">The countries that have accepted the standing offer since it was made (its maker first).</param>
    public sealed record Turns(int First, ImmutableArray<CountryMove> Pending, ImmutableArray<Package> Offers, ImmutableSortedSet<int> Accepted) : ProtocolState;

    public override string Name => "alternating-offers";

    public override bool TakesTurns => true;

    public override ProtocolOpening Open(SummitSetting setting)
    {
        var countries = setting.Scenario.Countries;
        var first = DeterministicRandom.For(setting.Rules.Seed, "first-mover", 0).NextInt(countries.Length);
        var opening = new Package([.. setting.Scenario.Issues.Select((_, i) =>
            Acceptability.Admissible(setting, i).Members().MaxBy(o => countries[first].Values[i][o]))]);
        return new ProtocolOpening(opening, new Turns(first, [], [], []), countries[first].Id);
    }

    /// <summary>The speaking order of a round: from the first mover, moved on one seat each round.</summary>
    public static int Speaker(int first, int round, int turn, int countries) => (first + round - 1 + turn) % countries;

    /// <summary>The same order with the absent seats passed over: the round still starts at the seat the
    /// rotation reaches (or the next one at the table), so a departure moves nobody else's turn.</summary>
    public static int Speaker(SummitSetting setting, int first, int round, int turn)
    {
        var countries = setting.Scenario.Countries.Length;
        if (setting.Absent.IsEmpty) return Speaker(first, round, turn, countries);
        for (int k = 0, seated = 0; k < countries; k++)
        {
            var seat = Speaker(first, round, k, countries);
            if (setting.IsSeated(seat) && seated++ == turn) return seat;
        }
        throw new ArgumentOutOfRangeException(nameof(turn), $"Turn {turn} of a table with {setting.SeatedCount} countries at it.");
    }

    protected override ImmutableArray<int> Speakers(SummitSetting setting, Turns state, int round) =>
        [Speaker(setting, state.First, round, state.Pending.Length)];

    protected override bool MidRound(Turns state) => !state.Pending.IsEmpty;

    protected override TurnResult Turn(SummitSetting setting, Turns state, Package standing, CountryMove move, int round)
    {
        var countries = setting.SeatedCount;
        var offer = move.Accepts ? standing : move.PositionOn(standing);
        var events = move.Accepts ? ImmutableArray<TranscriptEvent>.Empty : [new OfferTabled(round, move.Country, offer)];
        var speaker = Speaker(setting, state.First, round, state.Pending.Length);
        // A country that accepted and then left counts no more: agreement needs everyone at the table.
        var accepted = move.Accepts ? state.Accepted.Except(setting.Absent).Add(speaker) : [speaker];
        var next = new Turns(state.First, state.Pending.Add(move), state.Offers.Add(offer), accepted);
        if (accepted.Count >= countries && Acceptability.IsAcceptable(setting, offer))
            return new TurnResult(offer, next with { Pending = [], Offers = [] }, events, offer, null);
        if (next.Pending.Length < countries) return new TurnResult(offer, next, events, null, null);
        var byCountry = next.Pending.Select((m, k) => (Move: m, Seat: Speaker(setting, state.First, round, k)))
            .OrderBy(x => x.Seat).Select(x => x.Move).ToImmutableArray();
        return new TurnResult(offer, next, events, null, byCountry);
    }

    /// <summary>The standing offer carries over to the next round unchanged.</summary>
    protected override RoundClosing Close(SummitSetting setting, Turns state, RoundTable table)
    {
        var positions = new Package[setting.Scenario.Countries.Length];
        // An absent seat stood for nothing this round: it is remembered as taking the standing offer.
        Array.Fill(positions, table.Draft);
        for (var k = 0; k < state.Offers.Length; k++) positions[Speaker(setting, state.First, table.Round, k)] = state.Offers[k];
        return new RoundClosing(table.Draft, state with { Pending = [], Offers = [] }, [.. positions], null,
            table.Deadline ? Settlement.Partial(setting, table.Agreed) : null);
    }
}
