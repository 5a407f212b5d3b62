using System.Collections.Immutable;
using TechPact.Contracts.Summits;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Reports;

namespace TechPact.Grains.Tests.Serialization;

/// <summary>Every engine type that crosses the wire survives a trip through the Orleans serializer.</summary>
public sealed class SurrogateRoundTripTests
{
    private static readonly Scenario Scenario = SmallSummit.Create();
    private static readonly Summit Finished = SummitRunner.Run(Scenario);

    private static T RoundTrip<T>(T value) => Wire.RoundTrip(value);

    [Fact]
    public void Scenario_keeps_every_field()
    {
        var copy = RoundTrip(Scenario);
        // Records compare ImmutableArrays by reference, so compare what the reports see instead.
        Assert.Equal(TranscriptJsonl.Write(Scenario, Finished.Transcript), TranscriptJsonl.Write(copy, SummitRunner.Run(copy).Transcript));
        Assert.Equal(Scenario.Issues.Select(i => i.Options.Select(o => o.Standard)).SelectMany(s => s),
            copy.Issues.Select(i => i.Options.Select(o => o.Standard)).SelectMany(s => s));
        Assert.Equal(Scenario.Rules, copy.Rules);
        Assert.Equal("Crosses the wire.", RoundTrip(Scenario with { Description = "Crosses the wire." }).Description);
    }

    /// <summary>Inside one silo the engine's immutable values cross a call as themselves: the copiers
    /// in Contracts/Serialization are registered, and no surrogate round trip is made.</summary>
    [Fact]
    public void Immutable_engine_values_are_passed_not_copied()
    {
        Assert.Same(Scenario, Wire.DeepCopy(Scenario));
        Assert.Same(Scenario.Rules, Wire.DeepCopy(Scenario.Rules));
        Assert.Same(Finished.Draft, Wire.DeepCopy(Finished.Draft));
    }

    [Fact]
    public void Country_profile_keeps_an_ordinal_strength_table()
    {
        var profile = Scenario.Countries[0];
        var copy = RoundTrip(profile);
        Assert.Equal(profile.Strengths, copy.Strengths);
        Assert.Same(StringComparer.Ordinal, copy.Strengths.KeyComparer);
        SameItems(profile.Weights, copy.Weights);
        Assert.Equal(profile.Values.SelectMany(v => v), copy.Values.SelectMany(v => v));
        SameItems(profile.RedLines, copy.RedLines);
        Assert.Equal(profile.Strategy, copy.Strategy);
        Assert.Equal(profile.Reservation, copy.Reservation);
    }

    [Fact]
    public void Small_values_round_trip()
    {
        Assert.Equal(new Option("a", "b", "c"), RoundTrip(new Option("a", "b", "c")));
        Assert.Equal(StrategySpec.Conceder, RoundTrip(StrategySpec.Conceder));
        Assert.Equal(OptionSet.Of(0, 5, 63), RoundTrip(OptionSet.Of(0, 5, 63)));
        Assert.Equal(new Package([1, Package.Open, 0]), RoundTrip(new Package([1, Package.Open, 0])));
        Assert.Equal(Scenario.Rules, RoundTrip(Scenario.Rules));
        foreach (var status in Enum.GetValues<SummitStatus>()) Assert.Equal(status, RoundTrip(status));
    }

    [Fact]
    public void A_departure_and_the_absent_seats_it_leaves_cross_the_wire()
    {
        Assert.Equal(new TechPact.Negotiation.Events.PartyLeaves("KR"), RoundTrip(new TechPact.Negotiation.Events.PartyLeaves("KR")));
        var context = Summit.Open(Scenario, Scenario.Rules).NextRound() with { Absent = [1, 2] };
        Assert.Equal([1, 2], RoundTrip(context).Absent);
        Assert.Empty(RoundTrip(context with { Absent = [] }).Absent);
    }

    [Fact]
    public void Brief_and_round_context_give_the_same_move_after_the_trip()
    {
        var summit = Summit.Open(Scenario, Scenario.Rules);
        var brief = summit.Briefs()[1];
        var context = summit.NextRound();
        var expected = new CountryNegotiator(brief).Respond(context);
        var actual = new CountryNegotiator(RoundTrip(brief)).Respond(RoundTrip(context));
        AssertSameMove(expected, actual);
        AssertSameMove(expected, RoundTrip(expected));
    }

    [Fact]
    public void Strategy_parts_discount_and_the_round_history_survive_the_trip()
    {
        var profile = Scenario.Countries[0] with
        {
            Discount = 0.7,
            Strategy = StrategySpec.Linear with { Acceptance = new AcceptanceSpec("ac-combi", 0.8), OpponentModel = "none" },
        };
        var copy = RoundTrip(profile);
        Assert.Equal(0.7, copy.Discount);
        Assert.Equal(profile.Strategy, copy.Strategy);

        // A context after a few rounds carries the positions and texts the opponent models read.
        var summit = SummitRunner.Continue(Summit.Open(Scenario, Scenario.Rules), untilRound: 2);
        var brief = summit.Briefs()[1];
        var context = summit.NextRound();
        Assert.NotEmpty(context.Positions);
        var sent = RoundTrip(context);
        Assert.Equal(context.Positions.SelectMany(r => r).Select(p => p.ToString()), sent.Positions.SelectMany(r => r).Select(p => p.ToString()));
        Assert.Equal(context.Drafts.AsEnumerable(), sent.Drafts.AsEnumerable());
        SameItems(brief.Power, RoundTrip(brief).Power);
        AssertSameMove(new CountryNegotiator(brief).Respond(context), new CountryNegotiator(RoundTrip(brief)).Respond(sent));
    }

    [Fact]
    public void Transcript_events_keep_their_runtime_types_behind_the_abstract_base()
    {
        var transcript = Finished.Transcript.ToImmutableArray();
        Assert.Contains(transcript, e => e is SummitConcluded);
        var copy = RoundTrip(transcript);
        Assert.Equal(transcript.Select(e => e.GetType()), copy.Select(e => e.GetType()));
        Assert.Equal(TranscriptJsonl.Write(Scenario, transcript), TranscriptJsonl.Write(Scenario, copy));

        TranscriptEvent single = transcript[^1];
        Assert.IsType<SummitConcluded>(RoundTrip(single));
    }

    [Fact]
    public void Views_round_trip()
    {
        var view = new SummitView("s", "small-summit", "t", 3, 10, SummitStatus.Partial, new Package([0, 1]),
            [new CountryStanding("US", "United States", 0.5, true, 0.3)], ["data-flows"], new Package([0, Package.Open]), [0.4]);
        var copy = RoundTrip(view);
        SameItems(view.Countries, copy.Countries);
        SameItems(view.ConvergedIssues, copy.ConvergedIssues);
        Assert.Equal(view.Agreement, copy.Agreement);
        Assert.Equal(view.Status, copy.Status);
        SameItems(view.AgreementUtilities, copy.AgreementUtilities);
    }

    /// <summary>ImmutableArray equality is by reference; these tests mean element by element.</summary>
    private static void SameItems<T>(ImmutableArray<T> expected, ImmutableArray<T> actual) =>
        Assert.Equal(expected.AsEnumerable(), actual.AsEnumerable());

    private static void AssertSameMove(CountryMove expected, CountryMove actual)
    {
        Assert.Equal((expected.Country, expected.Round, expected.Accepts, expected.DraftUtility, expected.Aspiration, expected.Concessions),
            (actual.Country, actual.Round, actual.Accepts, actual.DraftUtility, actual.Aspiration, actual.Concessions));
        SameItems(expected.Commitments, actual.Commitments);
        SameItems(expected.Amendments, actual.Amendments);
    }
}
