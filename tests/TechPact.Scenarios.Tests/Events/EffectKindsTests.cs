using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Events;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Loading.Format;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Tests.Library;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Scenarios.Tests.Events;

/// <summary>The table of effect kinds is the one place an effect is read and written: it has every effect
/// the engine knows, and what it writes — into a scenario file or a transcript's fork line — reads back
/// as the same effect, through the one event reader.</summary>
public sealed class EffectKindsTests
{
    private static Scenario Seed() => ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Scenarios, "us-japan-korea.yaml")).Scenario!;

    [Fact]
    public void Every_effect_the_engine_knows_has_exactly_one_kind()
    {
        var engine = typeof(EventEffect).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(EventEffect)) && !t.IsAbstract).ToHashSet();
        Assert.NotEmpty(engine);
        Assert.Equal(engine.OrderBy(t => t.Name), EffectKinds.All.Select(k => k.Type).OrderBy(t => t.Name));
        Assert.Equal(EffectKinds.All.Count, EffectKinds.All.Select(k => k.Key).Distinct().Count());
        Assert.Equal(EffectKinds.All.Select(k => k.Key), ScenarioFormat.Effect.Keys);
    }

    /// <summary>A party joining through an inject: the fork line carries its whole brief in JSON, the
    /// transcript reads back (its moves among them) and the run replays byte for byte.</summary>
    [Fact]
    public void A_party_can_join_through_a_fork_and_the_transcript_replays()
    {
        var parent = SummitRunner.Run(Seed() with { Rules = Seed().Rules with { Seed = 1 } });
        var recorded = TranscriptReader.Read(TranscriptJsonl.Write(parent.Scenario, parent.Transcript), "parent.jsonl");
        var at = recorded.RebuildThrough(3);
        var issues = at.Scenario.Issues;
        string Values(int i) => string.Join(", ", issues[i].Options.Select((o, n) => $"{o.Id}: {(n + 1.0) / issues[i].Options.Length}"));
        var inject = "round: 4\nid: taiwan\ntitle: \"Taiwan joins: chips\"\neffects:\n  - join:\n      id: TW\n      name: Taiwan\n" +
                     "      strengths: {memory-chips: 0.95}\n" +
                     $"      priorities: {{{string.Join(", ", issues.Select(i => $"{i.Id}: 1"))}}}\n      positions:\n" +
                     string.Concat(issues.Select((issue, i) => $"        {issue.Id}: {{{Values(i)}}}\n")) +
                     "      reservation: 0.2\n      strategy: {name: conceder, exponent: 2}\n" +
                     "  - reservation: {country: TW, value: 0.25}\n";
        var evt = EventSyntax.Parse(inject, at.Scenario, 4);
        var fork = SummitRunner.Continue(at.Fork(at.Rules with { Seed = 5 }, [evt]));
        var text = TranscriptJsonl.Write(fork.Scenario, fork.Transcript);
        Assert.Contains("\"join\":{\"id\":\"TW\",\"name\":\"Taiwan\",\"strengths\":{\"memory-chips\":0.95}", text);
        Assert.Contains("\"type\":\"country-answered\",\"round\":4,\"country\":\"TW\"", text);

        var read = TranscriptReader.Read(text, "fork.jsonl");

        var joined = Assert.IsType<PartyJoins>(read.History.OfType<SummitForked>().Single().Events[0].Effects[0]);
        Assert.Equal(evt.Effects[0], joined, new JoinComparer());
        var rebuilt = read.Rebuild();
        Assert.Equal(text, TranscriptJsonl.Write(rebuilt.Scenario, rebuilt.Transcript));
        var rerun = read.Rerun();
        Assert.Equal(text, TranscriptJsonl.Write(rerun.Scenario, rerun.Transcript));
    }

    [Fact]
    public void An_inject_may_name_a_party_that_joined_before_the_fork_and_not_one_that_joins_later()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Scenarios, "eu-us-data-flows.yaml")).Scenario!;
        var joiner = scenario.Events.SelectMany(e => e.Effects).OfType<PartyJoins>().Single().Country.Id;
        var joinsIn = scenario.Events.Single(e => e.Effects.OfType<PartyJoins>().Any()).Round;
        var run = SummitRunner.Run(scenario);
        var recorded = TranscriptReader.Read(TranscriptJsonl.Write(run.Scenario, run.Transcript), "t.jsonl");
        string Inject(int round) => $"{{round: {round}, id: shock, effects: [{{reservation: {{country: {joiner}, value: 0.3}}}}]}}";

        var early = Assert.Throws<EventSyntaxException>(() => EventSyntax.Parse(Inject(joinsIn - 2), recorded.RebuildThrough(joinsIn - 3).Scenario, joinsIn - 2));
        Assert.Contains($"country '{joiner}' in reservation effect of event 'shock' is not at the table yet: it joins in round {joinsIn}", early.Message);

        var at = recorded.RebuildThrough(joinsIn);
        var fork = SummitRunner.Continue(at.Fork(at.Rules, [EventSyntax.Parse(Inject(joinsIn + 1), at.Scenario, joinsIn + 1)]));
        var text = TranscriptJsonl.Write(fork.Scenario, fork.Transcript);
        var read = TranscriptReader.Read(text, "fork.jsonl");
        var rebuilt = read.Rebuild();
        Assert.Equal(text, TranscriptJsonl.Write(rebuilt.Scenario, rebuilt.Transcript));
    }

    private sealed class JoinComparer : IEqualityComparer<EventEffect>
    {
        public bool Equals(EventEffect? x, EventEffect? y) =>
            x is PartyJoins a && y is PartyJoins b && a.Country.Id == b.Country.Id && a.Country.Name == b.Country.Name
            && a.Country.Weights.SequenceEqual(b.Country.Weights) && a.Country.Reservation == b.Country.Reservation
            && a.Country.Strategy == b.Country.Strategy && a.Country.Strengths.SequenceEqual(b.Country.Strengths)
            && a.Country.Values.Zip(b.Country.Values).All(p => p.First.SequenceEqual(p.Second));

        public int GetHashCode(EventEffect obj) => 0;
    }
}
