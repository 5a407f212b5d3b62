using TechPact.Negotiation.Coalitions;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;

namespace TechPact.Negotiation.Tests.Coalitions;

public class TrackTests
{
    /// <summary>P and Q both like the middle option of "exports"; R, the strong third party,
    /// prefers the closed end. On a P–Q track their common ground becomes the summit's text.</summary>
    private static Scenario Table(bool withTrack)
    {
        var scenario = new ScenarioBuilder()
            .Issue("exports", ["ai"], "closed", "middle", "open")
            .Country("P", 0.2, [1], [[0, 1, 0.6]], new() { ["ai"] = 0.2 })
            .Country("Q", 0.2, [1], [[0, 1, 0.6]], new() { ["ai"] = 0.2 })
            .Country("R", 0.2, [1], [[1, 0.4, 0]], new() { ["ai"] = 1.0 })
            .Rules(maxRounds: 10)
            .Build();
        return withTrack ? scenario with { Tracks = [new Track("p-q", "P–Q track", [0, 1], [0])] } : scenario;
    }

    [Fact]
    public void A_tracks_agreement_is_recorded_and_feeds_the_summits_draft()
    {
        var summit = SummitRunner.Run(Table(withTrack: true));

        var agreed = summit.Transcript.OfType<TrackAgreed>().First();
        Assert.Equal("p-q", agreed.Track);
        var draftAfter = summit.Transcript.OfType<DraftRevised>().Single(d => d.Round == agreed.Round).Draft;
        Assert.True(agreed.Options.Contains(draftAfter[0]), "the draft takes the track's result");
    }

    [Fact]
    public void Without_the_track_the_strong_outsider_pulls_the_first_text_its_way()
    {
        var withTrack = SummitRunner.Run(Table(withTrack: true)).Transcript.OfType<DraftRevised>().First().Draft[0];
        var without = SummitRunner.Run(Table(withTrack: false)).Transcript.OfType<DraftRevised>().First().Draft[0];
        Assert.Equal(1, withTrack);
        Assert.Equal(0, without);
    }
}
