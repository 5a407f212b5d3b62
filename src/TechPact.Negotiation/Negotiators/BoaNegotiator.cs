using System.Runtime.InteropServices;
using TechPact.Negotiation.Negotiators.Acceptance;
using TechPact.Negotiation.Negotiators.Bidding;
using TechPact.Negotiation.Negotiators.Strategies;

namespace TechPact.Negotiation.Negotiators;

/// <summary>A country's AI at a text or offer table, in the BOA architecture of GENIUS (Baarslag et al.
/// 2014): its concession strategy sets the utility it still demands, its acceptance strategy decides on
/// the text, and where it does not accept, its bid — the package on its aspiration most like the text,
/// costed with its opponent model (<see cref="TradeOffBid"/>) — gives its amendments.</summary>
/// <remarks>Commitments follow the aspiration issue by issue: every option whose value clears the issue
/// floor (<see cref="IssueFloor"/>), plus every option of the text if it accepts the text as a package.
/// Floors spread the concession so that any package drawn from its commitments clears its reservation.</remarks>
public sealed class BoaNegotiator(CountryBrief brief) : INegotiator
{
    /// <summary>How strongly power bends the concession on an issue: with ρ its power there above a neutral
    /// 0.5, the issue's share of the remaining surplus x becomes x^exp(−κρ). With κ = 2 a country of power
    /// 0.85 on an issue holds there as if it had conceded about half as far: bargaining power as patience
    /// (Rubinstein 1982; Binmore, Rubinstein &amp; Wolinsky 1986), issue by issue.</summary>
    public const double LeverageSlowdown = 2.0;

    private const double Tolerance = 1e-9;

    private readonly IConcessionStrategy _concession = StrategyCatalog.For(brief.Profile.Strategy);
    private readonly IAcceptanceStrategy _acceptance = AcceptanceCatalog.For(brief.Profile.Strategy.Acceptance);
    private readonly int[] _optionCounts = [.. brief.Issues.Select(i => i.Options.Length)];

    // Fixed for the brief's life, so worked out once rather than per issue per round.
    private readonly double _sqrtWeightSum = brief.Profile.Weights.Sum(Math.Sqrt);
    private readonly double[] _bend = [.. Enumerable.Range(0, brief.Issues.Length).Select(i => Math.Exp(-LeverageSlowdown * PowerAboveNeutral(brief, i)))];
    // The seeded streams it draws from every round (the seed and name mixed once per brief).
    private readonly ulong _bidStream = DeterministicRandom.Stream(brief.Rules.Seed, brief.Profile.Id + "/bid");
    private readonly ulong _clockStream = DeterministicRandom.Stream(brief.Rules.Seed, brief.Profile.Id);
    private readonly ImmutableArray<int> _noAmendments = [.. Enumerable.Repeat(Package.Open, brief.Issues.Length)];
    // The bid's ask candidates per issue, worked out once per distinct set (see AskCandidates).
    private readonly Candidates?[] _candidates = new Candidates?[brief.Issues.Length];
    private readonly int[]?[] _favourites = new int[]?[brief.Issues.Length];

    public CountryBrief Brief { get; } = brief;

    public CountryMove Respond(RoundContext context)
    {
        var me = Brief.Profile;
        var draftUtility = Utility.Of(me, context.Draft);
        var time = ClockTime(context.Round);
        var previousAspiration = context.Aspirations.IsEmpty || Brief.Index >= context.Aspirations.Length ? 1.0 : context.Aspirations[Brief.Index];
        var aspiration = Math.Clamp(_concession.Aspiration(new StrategyInput(time, me, previousAspiration, draftUtility, Brief.Index, context)),
            me.Reservation, 1.0);
        var accepts = Acceptable(context.Draft, draftUtility) && _acceptance.Accepts(new AcceptanceInput(time, draftUtility, aspiration,
            RoundDiscount(), EarlierOffers(context), me.Strategy.Acceptance.Time));

        var previous = context.Commitments[Brief.Index];
        var commitments = ImmutableArray.CreateBuilder<OptionSet>(Brief.Issues.Length);
        var concessions = 0;
        for (var i = 0; i < Brief.Issues.Length; i++)
        {
            var set = previous[i].Union(AcceptableAt(i, aspiration));
            if (accepts) set = set.With(context.Draft[i]);
            if (context.Round > 1 && set != previous[i]) concessions++;
            commitments.Add(set);
        }
        var amendments = accepts ? _noAmendments : Bid(context, aspiration, commitments);
        var surplus = aspiration - me.Reservation;
        var risk = accepts || surplus <= Tolerance ? 0.0 : Math.Clamp((aspiration - draftUtility) / surplus, 0.0, 1.0);
        return new CountryMove(me.Id, context.Round, accepts, draftUtility, aspiration,
            commitments.MoveToImmutable(), amendments, concessions) { Risk = risk };
    }

    /// <summary>Its amendments to a text it does not accept: the trade-off bid on its aspiration.</summary>
    private ImmutableArray<int> Bid(RoundContext context, double aspiration, ImmutableArray<OptionSet>.Builder commitments)
    {
        var candidates = new int[commitments.Count][];
        for (var i = 0; i < candidates.Length; i++) candidates[i] = AskCandidates(i, commitments[i]);
        var me = Brief.Profile;
        var bid = TradeOffBid.Amendments(me, context.Draft, aspiration, candidates,
            OpponentModels.OthersLikeScratch(me.Strategy.OpponentModel, context, Brief.Index, _optionCounts),
            DeterministicRandom.For(_bidStream, context.Round));
        return ImmutableCollectionsMarshal.AsImmutableArray(bid);
    }

    /// <summary>What no acceptance strategy may accept: an incomplete text, a red line, less than no deal.</summary>
    private bool Acceptable(Package draft, double utility) =>
        draft.IsComplete && !Utility.CrossesRedLine(Brief.Profile, draft) && utility >= Brief.Profile.Reservation - Tolerance;

    /// <summary>The fraction of the deadline this country feels has passed, jittered by the
    /// seeded noise so that different seeds give different (but reproducible) runs.</summary>
    /// <remarks>The jitter bends the clock (t^exp(±noise)) rather than shifting it, so every
    /// country still reaches its reservation exactly at the deadline, which everyone knows.</remarks>
    public double ClockTime(int round)
    {
        var rules = Brief.Rules;
        var jitter = rules.Noise * (2 * DeterministicRandom.For(_clockStream, round).NextDouble() - 1);
        return Math.Pow(Math.Clamp(round / (double)rules.MaxRounds, 0.0, 1.0), Math.Exp(jitter));
    }

    /// <summary>One round of delay under the country's discount factor: d^(1/deadline).</summary>
    private double RoundDiscount() => Utility.DiscountFactor(Brief.Profile, 1, Brief.Rules.MaxRounds);

    /// <summary>The texts of the rounds the context remembers, with their (unjittered) times.</summary>
    private List<(double, double)> EarlierOffers(RoundContext context)
    {
        var first = context.Round - context.Drafts.Length;
        var offers = new List<(double, double)>(context.Drafts.Length);
        for (var k = 0; k < context.Drafts.Length; k++)
            offers.Add(((first + k) / (double)Brief.Rules.MaxRounds, Utility.Of(Brief.Profile, context.Drafts[k])));
        return offers;
    }

    /// <summary>The lowest value this country accepts on one issue at a given package aspiration.</summary>
    /// <remarks>Power first bends the issue's aspiration (above 0.5 → holds more there, below → concedes
    /// more), then concessions are spread over issues by γ = w^(−1/2) / Σ w^(1/2):
    /// more on issues it cares little about, less on its priorities. With equal power Σ w·floor =
    /// aspiration; with the bend it stays ≥ the reservation, so any package built from its commitments
    /// clears its reservation.</remarks>
    public double IssueFloor(int issue, double aspiration)
    {
        var me = Brief.Profile;
        var weight = me.Weights[issue];
        if (weight <= 0) return 0.0;
        var room = 1.0 - me.Reservation;
        var held = room <= 0 ? 0.0 : Math.Clamp((aspiration - me.Reservation) / room, 0.0, 1.0);
        var heldHere = Math.Pow(held, _bend[issue]);
        var issueAspiration = me.Reservation + room * heldHere;
        var spread = 1.0 / Math.Sqrt(weight) / _sqrtWeightSum;
        return Math.Clamp(1.0 - (1.0 - issueAspiration) * spread, 0.0, 1.0);
    }


    /// <summary>Its own power on the issue against a neutral 0.5: patience is a country's own, so another
    /// country's strength or weakness does not move its concessions.</summary>
    private static double PowerAboveNeutral(CountryBrief brief, int issue) =>
        brief.Power.IsDefaultOrEmpty ? 0 : brief.Power[issue] - Preferences.Leverage.Neutral;

    private OptionSet AcceptableAt(int issue, double aspiration)
    {
        var floor = IssueFloor(issue, aspiration) - Tolerance;
        var values = Brief.Profile.Values[issue];
        var set = OptionSet.Empty;
        for (var o = 0; o < values.Length; o++)
            if (values[o] >= floor && !Brief.Profile.RedLines[issue].Contains(o)) set = set.With(o);
        return set;
    }

    /// <summary>Its committed options, or with none yet its favourites (never a red line of its own).</summary>
    private int[] AskCandidates(int issue, OptionSet committed)
    {
        committed = committed.Except(Brief.Profile.RedLines[issue]);
        // Commitments only grow and mostly stand still: the members of the issue's last set are kept (read-only),
        // and one reference swap replaces them, so a negotiator answering on two threads at once stays correct.
        if (_candidates[issue] is { } last && last.Bits == committed.Bits) return last.Members;
        if (!committed.IsEmpty)
        {
            var members = new int[committed.Count];
            var k = 0;
            for (var bits = committed.Bits; bits != 0; bits &= bits - 1) members[k++] = System.Numerics.BitOperations.TrailingZeroCount(bits);
            _candidates[issue] = new Candidates(committed.Bits, members);
            return members;
        }
        return _favourites[issue] ??= Favourites(issue);
    }

    /// <summary>Its best options on the issue that are no red line of its own (all of its best, if every option is one).</summary>
    /// <remarks>Apart from <see cref="AskCandidates"/> because its lambdas capture the issue: the closure is made on entry
    /// to the method that holds them, and AskCandidates is called for every issue of every bid.</remarks>
    private int[] Favourites(int issue)
    {
        var values = Brief.Profile.Values[issue];
        var allowed = Enumerable.Range(0, values.Length).Where(o => !Brief.Profile.RedLines[issue].Contains(o)).ToList();
        if (allowed.Count == 0) allowed = [.. Enumerable.Range(0, values.Length)];
        var best = allowed.Max(o => values[o]);
        return [.. allowed.Where(o => values[o] >= best - Tolerance)];
    }

    /// <summary>An issue's committed options (red lines taken out) as a set and as its members, in order.</summary>
    private sealed record Candidates(ulong Bits, int[] Members);
}
