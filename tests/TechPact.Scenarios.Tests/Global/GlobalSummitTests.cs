using System.Diagnostics;
using TechPact.Scenarios.Global;
using TechPact.Negotiation.Summits;
using Xunit.Abstractions;

namespace TechPact.Scenarios.Tests.Global;

public sealed class GlobalSummitTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_UN_member_sits_once_with_a_valid_alpha2_code()
    {
        var scenario = GlobalSummitGenerator.Generate();
        Assert.Equal(193, scenario.Countries.Length);
        Assert.Equal(193, scenario.Countries.Select(c => c.Id).Distinct().Count());
        Assert.All(scenario.Countries, c => Assert.Matches("^[A-Z]{2}$", c.Id));
        Assert.Contains(scenario.Countries, c => c.Id == "ZA" && c.Name == "South Africa");
        Assert.DoesNotContain(scenario.Countries, c => c.Id is "VA" or "PS" or "TW" or "XK");
    }

    [Fact]
    public void Agenda_tracks_and_clubs_are_as_specified()
    {
        var scenario = GlobalSummitGenerator.Generate();
        Assert.True(scenario.Issues.Length >= 12);
        Assert.Equal(97, scenario.ClubThreshold);
        Assert.True(scenario.Logrolling);
        var tracks = scenario.Tracks.ToDictionary(t => t.Id);
        Assert.Equal(54, tracks["au"].Countries.Length);
        Assert.Equal(27, tracks["eu"].Countries.Length);
        Assert.Equal(6, tracks["gcc"].Countries.Length);
        Assert.All(scenario.Tracks, t => Assert.All(t.Countries, c => Assert.InRange(c, 0, 192)));
        Assert.All(scenario.Countries, c => Assert.Equal(1.0, c.Weights.Sum(), 9));
        Assert.All(scenario.Countries, c => Assert.All(c.Values, v => Assert.Equal(1.0, v.Max())));
    }

    [Fact]
    public void Generation_is_pure_and_seeded()
    {
        var a = GlobalSummitGenerator.Generate(5);
        var b = GlobalSummitGenerator.Generate(5);
        var c = GlobalSummitGenerator.Generate(6);
        Assert.Equal(Describe(a), Describe(b));
        Assert.NotEqual(Describe(a), Describe(c));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(30)]
    public void The_summit_ends_within_its_deadline(int maxRounds)
    {
        var scenario = GlobalSummitGenerator.Generate(maxRounds: maxRounds);
        var clock = Stopwatch.StartNew();
        var summit = SummitRunner.Run(scenario);
        output.WriteLine($"{maxRounds} rounds max: {summit.Status} after {summit.Round} in {clock.ElapsedMilliseconds} ms");
        Assert.True(summit.IsOver);
        Assert.InRange(summit.Round, 1, maxRounds);
        if (summit.Status != SummitStatus.Agreement) Assert.Equal(maxRounds, summit.Round);
        Assert.Contains(summit.Transcript, e => e is SummitConcluded);
    }

    private static string Describe(Scenario s) =>
        string.Join(";", s.Countries.Select(c => $"{c.Id}:{c.Reservation}:{string.Join(",", c.Weights)}:{c.Strategy.Name}:{string.Join(",", c.Values.SelectMany(v => v))}"));
}
