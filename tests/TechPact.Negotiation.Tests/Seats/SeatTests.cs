using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Seats;

/// <summary>The engine's seat model: answers under the rules, the seat view's contents, the seat lines in
/// the transcript and a replay that takes recorded outside moves and re-decides the rest.</summary>
public sealed class SeatTests
{
    private static readonly Scenario Two = ScenarioBuilder.TwoParty().Build();

    [Fact]
    public void Every_illegal_answer_is_refused_with_a_reason_naming_the_issue_or_option()
    {
        var summit = Summit.Open(Two, Two.Rules);
        var brief = summit.Briefs()[0];
        var context = summit.NextRound();
        string Refused(SeatAnswer answer) => Assert.Throws<IllegalAnswerException>(() => SeatMoves.From(brief, context, answer)).Message;

        Assert.Contains("no issue 'fish'", Refused(new(false, [new("fish", ["x"])])));
        Assert.Contains("has no option 'ajar'", Refused(new(false, [new("data", ["ajar"])])));
        Assert.Contains("answered twice", Refused(new(false, [new("data", ["open"]), new("data", ["open"])])));
        Assert.Contains("no option 'shut'", Refused(new(false, [new("data", ["open"], "shut")])));

        var first = SeatMoves.From(brief, context, new(false, [new("data", ["open"])]));
        var next = Summit.Open(Two, Two.Rules).Apply([first, new CountryNegotiator(summit.Briefs()[1]).Respond(context)]);
        var withdrawn = Assert.Throws<IllegalAnswerException>(() =>
            SeatMoves.From(next.Briefs()[0], next.NextRound(), new(false, [new("data", ["middle"])]))).Message;
        Assert.Contains("'open' (open) on 'data' (data)", withdrawn);
        Assert.Contains("cannot be withdrawn", withdrawn);
    }

    [Fact]
    public void A_legal_answer_becomes_the_move_the_engine_checks_like_any_other()
    {
        var summit = Summit.Open(Two, Two.Rules);
        var move = SeatMoves.From(summit.Briefs()[0], summit.NextRound(), new(false, [new("data", ["open", "middle"], "open")]));
        Assert.Equal(OptionSet.Of(1, 2), move.Commitments[0]);
        Assert.Equal(2, move.Amendments[0]);
        Assert.True(move.Aspiration >= Two.Countries[0].Reservation);
        var next = summit.Apply([move, new CountryNegotiator(summit.Briefs()[1]).Respond(summit.NextRound())]);
        Assert.Equal(1, next.Round);
    }

    [Fact]
    public void The_seat_view_holds_the_seats_own_profile_and_only_public_facts_of_the_others()
    {
        var summit = SummitRunner.Continue(Summit.Open(Two, Two.Rules), untilRound: 2);
        var view = SeatViews.For(summit, 1);
        Assert.Same(summit.Scenario.Countries[1], view.Me);
        Assert.Equal(3, view.Round);
        Assert.Equal(["A", "B"], view.Table.Select(s => s.Id));
        var other = view.Table[0];
        Assert.Equal(summit.Commitments[0].AsEnumerable(), other.Commitments.AsEnumerable());
        var answered = summit.Transcript.OfType<CountryAnswered>().Last(a => a.Move.Country == "A").Move;
        Assert.Equal((2, answered.Accepts), (other.LastAnswer!.Round, other.LastAnswer.Accepts));
        Assert.Equal(answered.Amendments.AsEnumerable(), other.LastAnswer.Amendments.AsEnumerable());
        // A public seat has no place for a utility, an aspiration or a risk: the record's fields are the proof.
        Assert.Equal(["Id", "Name", "Commitments", "LastAnswer"], typeof(PublicSeat).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract"));
        Assert.Equal(["Round", "Accepts", "Amendments"], typeof(PublicAnswer).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract"));
    }

    [Fact]
    public void Seat_lines_sit_after_the_opening_before_the_answers_of_their_round_and_replay_takes_recorded_moves()
    {
        // B's seat is an outside player's: its round-1 and round-3 moves are made by hand; round 2 the AI played it.
        var summit = Summit.Open(Two, Two.Rules);
        var lines = new List<TranscriptEvent> { new SeatTaken(0, "B", SeatKind.Agent, "my-bot") };
        var negotiators = summit.Briefs().Select(b => new CountryNegotiator(b)).ToArray();
        for (var round = 1; round <= 3 && !summit.IsOver; round++)
        {
            var context = summit.NextRound();
            var b = round == 2
                ? negotiators[1].Respond(context)
                : SeatMoves.From(summit.Briefs()[1], context, new(false, [new("data", [.. Enumerable.Range(0, 3).Where(o => context.Commitments[1][0].Contains(o) || o == 0).Select(o => Two.Issues[0].Options[o].Id)])]));
            if (round == 2) lines.Add(new SeatPlayedByAi(2, "B", SeatFault.Late, "no move within 1000 ms"));
            summit = summit.Apply([negotiators[0].Respond(context), b]);
        }
        var merged = SeatTranscript.Merge(summit.Transcript, lines);
        Assert.IsType<SummitOpened>(merged[0]);
        Assert.IsType<SeatTaken>(merged[1]);
        var marker = merged.OfType<SeatPlayedByAi>().Single();
        var after = Assert.IsType<CountryAnswered>(merged[merged.ToList().IndexOf(marker) + 1]);
        Assert.Equal((2, "B"), (after.Round, after.Move.Country));

        // The re-run re-decides A (a strategy) and B's round-2 move (the AI's), and takes B's hand-made moves as recorded.
        var seats = new RecordedSeats(merged);
        var rerun = SummitRunner.Continue(Summit.Open(Two, Two.Rules), untilRound: 3, seated: seats.MoveFor);
        Assert.Equal(TranscriptText.Of(summit.Transcript), TranscriptText.Of(rerun.Transcript));
        var aiOnly = SummitRunner.Continue(Summit.Open(Two, Two.Rules), untilRound: 3);
        Assert.NotEqual(TranscriptText.Of(summit.Transcript), TranscriptText.Of(aiOnly.Transcript));
    }

    [Fact]
    public void Outside_seats_need_a_simultaneous_protocol_on_private_information()
    {
        Assert.Null(SeatRules.Problem(Summit.Open(Two, Two.Rules)));
        foreach (var protocol in new[] { "alternating-offers", "zeuthen" })
            Assert.Contains("built-in strategies", SeatRules.Problem(Summit.Open(Two, Two.Rules with { Protocol = protocol })));
    }
}
