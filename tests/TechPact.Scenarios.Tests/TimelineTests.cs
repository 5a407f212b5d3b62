using TechPact.Negotiation.Events;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Tests.Library;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Tests;

/// <summary>The keys added for the engine's tracks, clubs, logrolling and events: read into the
/// engine's indices, written back with ids, and run.</summary>
public class TimelineTests
{
    private static Scenario Full()
    {
        var result = ScenarioLoader.LoadText(SchemaTests.Full, "full.yaml");
        Assert.Empty(result.Diagnostics);
        return result.Scenario!;
    }

    [Fact]
    public void Reads_description_logrolling_club_threshold_and_tracks()
    {
        var scenario = Full();
        Assert.Equal("A scenario that uses every key of the format.", scenario.Description);
        Assert.True(scenario.Logrolling);
        Assert.Equal(2, scenario.ClubThreshold);
        var track = Assert.Single(scenario.Tracks);
        Assert.Equal(("ab", "Alpha–Beta talks"), (track.Id, track.Title));
        Assert.Equal([0, 1], track.Countries.ToArray());
        Assert.Equal([0], track.Issues.ToArray());
    }

    [Fact]
    public void Reads_every_kind_of_effect_with_ids_resolved_to_indices()
    {
        var evt = Assert.Single(Full().Events);
        Assert.Equal((2, "shock", "A trade shock"), (evt.Round, evt.Id, evt.Title));
        Assert.Equal(new ReservationChange("A", 0.1), evt.Effects[0]);
        Assert.Equal(new StrengthChange("B", "trade", 0.9), evt.Effects[1]);
        Assert.Equal(new RedLineAdded("B", 0, 0), evt.Effects[2]);
        Assert.Equal(new RedLineLifted("A", 0, 2), evt.Effects[3]);
        var joined = Assert.IsType<PartyJoins>(evt.Effects[4]).Country;
        Assert.Equal(("C", "Gamma", 0.2), (joined.Id, joined.Name, joined.Reservation));
        Assert.Equal([0.5, 1, 0.5], joined.Values[0].ToArray());
        Assert.Equal(new PriorityChange("C", 0, 1), evt.Effects[5]);
    }

    [Fact]
    public void Events_are_kept_in_round_order_whatever_the_file_order()
    {
        var yaml = MinimalScenario.Text + """

            max-rounds: 5
            events:
              - { round: 4, id: late, title: Late, effects: [{ reservation: { country: A, value: 0.1 } }] }
              - { round: 1, id: early, title: Early, effects: [{ reservation: { country: B, value: 0.1 } }] }
            """;
        var result = ScenarioLoader.LoadText(yaml, "ordered.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["early", "late"], result.Scenario!.Events.Select(e => e.Id));
    }

    [Fact]
    public void Every_new_key_survives_a_write_and_a_load()
    {
        var original = Full();
        var yaml = ScenarioYamlWriter.Write(original);
        var reloaded = ScenarioLoader.LoadText(yaml, "written.yaml");
        Assert.Empty(reloaded.Diagnostics);
        ScenarioEquivalence.AssertEquivalent(original, reloaded.Scenario!);
        Assert.Equal(yaml, ScenarioYamlWriter.Write(reloaded.Scenario!));
        Assert.Empty(SchemaTests.Check(yaml));
    }

    [Fact]
    public void The_joining_party_takes_its_seat_in_the_run()
    {
        var summit = SummitRunner.Run(Full());
        Assert.Contains(summit.Transcript, e => e is EventFired { Event.Id: "shock" });
        Assert.Equal(3, EventEffects.ScenarioAfter(Full(), summit.Transcript).Countries.Length);
        Assert.NotEqual(SummitStatus.Running, summit.Status);
        Assert.Equal(1, summit.Agreement.Count);
        Assert.True(summit.Agreement[0] is Package.Open or 1, $"the red lines leave only 'mid' (got {summit.Agreement[0]})");
    }
}
