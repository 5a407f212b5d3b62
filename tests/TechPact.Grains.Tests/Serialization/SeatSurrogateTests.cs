using System.Collections.Immutable;
using TechPact.Contracts.Seats;
using TechPact.Grains.Seats;
using TechPact.Grains.Summits;
using TechPact.Grains.Tests.Fixtures;
using TechPact.Agents.Messages;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Tests.Serialization;

/// <summary>The seat model's types survive the Orleans serializer (they travel between summit and country
/// grains, and SeatChange and the seat lines are stored).</summary>
public sealed class SeatSurrogateTests
{
    [Fact]
    public void The_seat_view_shows_the_same_turn_after_the_trip()
    {
        var scenario = SmallSummit.Create();
        var summit = SummitRunner.Continue(Summit.Open(scenario, scenario.Rules), untilRound: 2);
        var view = SeatViews.For(summit, 1);
        var copy = Wire.RoundTrip(view);
        Assert.Equal(AgentJson.Write(AgentMessages.Turn("s", view, TimeSpan.FromSeconds(3))), AgentJson.Write(AgentMessages.Turn("s", copy, TimeSpan.FromSeconds(3))));
    }

    [Fact]
    public void Seat_lines_answers_specs_and_plans_round_trip()
    {
        Assert.Equal(new SeatTaken(3, "KR", SeatKind.Agent, "python3 a.py", "why"), Wire.RoundTrip(new SeatTaken(3, "KR", SeatKind.Agent, "python3 a.py", "why")));
        Assert.Equal(new SeatPlayedByAi(2, "US", SeatFault.ClosedEarly, "closed"), Wire.RoundTrip(new SeatPlayedByAi(2, "US", SeatFault.ClosedEarly, "closed")));
        foreach (var fault in Enum.GetValues<SeatFault>()) Assert.Equal(fault, Wire.RoundTrip(fault));
        var answer = Wire.RoundTrip(new SeatAnswer(true, [new IssueAnswer("i", ["a", "b"], "b")]));
        Assert.True(answer.AcceptsDraft);
        Assert.Equal(("i", "b"), (answer.Issues[0].Issue, answer.Issues[0].Amend));
        Assert.Equal(["a", "b"], answer.Issues[0].Commit.AsEnumerable());
        var spec = SeatSpec.Agent("python3 a.py", ["python3", "a.py"]);
        Assert.Equal(spec, Wire.RoundTrip(spec));
        Assert.Equal(["python3", "a.py"], Wire.RoundTrip(spec).Argv.AsEnumerable());
        var change = Wire.RoundTrip(new SeatChange(4, "KR", spec, "r"));
        Assert.Equal((4, "KR", spec, "r"), (change.From, change.Country, change.Seat, change.Reason));
        var plan = Wire.RoundTrip(new SeatPlan(ImmutableDictionary<string, SeatSpec>.Empty.Add("KR", spec), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(3), 4));
        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(3), 4, spec), (plan.MoveTime, plan.RoundTime, plan.HandOverAfter, plan.Seats["KR"]));
    }
}
