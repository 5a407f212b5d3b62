using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Reports;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Scenarios.Tests;

public class TranscriptReaderTests
{
    private static Scenario Fixture() => ScenarioLoader.LoadFile(TestFiles.ValidScenarioPath).Scenario!;

    private static (Summit Run, string Text) Written(Scenario scenario)
    {
        var run = SummitRunner.Run(scenario);
        return (run, TranscriptJsonl.Write(run.Scenario, run.Transcript));
    }

    private static TranscriptFormatException Fails(string text) =>
        Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read(text, "t.jsonl"));

    [Fact]
    public void Every_recorded_move_comes_back_exactly()
    {
        var (run, text) = Written(Fixture());
        var read = TranscriptReader.Read(text, "t.jsonl");

        var expected = run.Transcript.OfType<CountryAnswered>().Select(a => a.Move).ToList();
        var actual = read.History.OfType<CountryAnswered>().Select(a => a.Move).ToList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal((e.Country, e.Round, e.Accepts, e.Concessions), (a.Country, a.Round, a.Accepts, a.Concessions));
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.DraftUtility), BitConverter.DoubleToInt64Bits(a.DraftUtility));
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.Aspiration), BitConverter.DoubleToInt64Bits(a.Aspiration));
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.Risk), BitConverter.DoubleToInt64Bits(a.Risk));
            Assert.Equal(e.Commitments.ToArray(), a.Commitments.ToArray());
            Assert.Equal(e.Amendments.ToArray(), a.Amendments.ToArray());
        }
        Assert.Equal(run.Rules, read.Rules);
    }

    [Theory]
    [InlineData("tech-pact.yaml")]
    [InlineData("us-japan-korea.yaml")] // Korea's weights re-normalise one ulp off: the exact weights are needed
    public void The_transcript_alone_rebuilds_and_reruns_its_run_byte_for_byte(string file)
    {
        var scenario = ScenarioLoader.LoadFile(file == "us-japan-korea.yaml" ? SeedScenario() : TestFiles.Fixture(file)).Scenario!;
        var (_, text) = Written(scenario);
        var read = TranscriptReader.Read(text, "t.jsonl");

        var rebuilt = read.Rebuild();
        var rerun = read.Rerun();
        Assert.Equal(text, TranscriptJsonl.Write(rebuilt.Scenario, rebuilt.Transcript));
        Assert.Equal(text, TranscriptJsonl.Write(rerun.Scenario, rerun.Transcript));
    }

    /// <summary>Every protocol's transcript — offers, proposals, the first mover, trades with their effects —
    /// reads back into a run that writes it again byte for byte.</summary>
    [Theory]
    [InlineData("single-negotiating-text")]
    [InlineData("partial-consensus")]
    [InlineData("alternating-offers")]
    [InlineData("zeuthen")]
    public void Every_protocols_transcript_rebuilds_byte_for_byte(string protocol)
    {
        var seed = ScenarioLoader.LoadFile(SeedScenario()).Scenario!;
        var (run, text) = Written(seed with { Rules = seed.Rules with { Protocol = protocol } });
        var rebuilt = TranscriptReader.Read(text, "t.jsonl").Rebuild();
        Assert.Equal(text, TranscriptJsonl.Write(rebuilt.Scenario, rebuilt.Transcript));
        if (protocol == "alternating-offers") Assert.Contains("\"firstMover\":", text);
        if (protocol == "zeuthen") Assert.Contains("\"proposal\":", text);
        if (run.Transcript.OfType<TradeAgreed>().Any()) Assert.Contains("\"effects\":", text);
    }

    private static string SeedScenario()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TechPactOrleans.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "scenarios", "us-japan-korea.yaml");
    }

    [Fact]
    public void A_forked_transcript_reads_back_with_its_fork()
    {
        var scenario = Fixture();
        var parent = TranscriptReader.Read(Written(scenario).Text, "p.jsonl");
        var inject = EventSyntax.Parse("{round: 4, id: shock, title: Shock, effects: [{reservation: {country: " +
                                       scenario.Countries[0].Id + ", value: 0.123456789}}]}", scenario, 3);
        var fork = SummitRunner.Continue(parent.RebuildThrough(2).Fork(parent.Rules with { Seed = 5 }, [inject]));
        var text = TranscriptJsonl.Write(fork.Scenario, fork.Transcript);

        var read = TranscriptReader.Read(text, "f.jsonl");

        var forked = Assert.Single(read.History.OfType<SummitForked>());
        Assert.Equal(5, forked.Seed);
        Assert.Equal(0.123456789, Assert.IsType<Negotiation.Events.ReservationChange>(Assert.Single(forked.Events).Effects[0]).Reservation);
        var rerun = read.Rerun();
        Assert.Equal(text, TranscriptJsonl.Write(rerun.Scenario, rerun.Transcript));
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_number()
    {
        var lines = Written(Fixture()).Text.Split('\n');
        string With(int index, string line) => string.Join('\n', lines.Select((l, i) => i == index ? line : l));

        Assert.Equal(3, Fails(With(2, "{not json")).Line);
        var wrongType = Fails(With(2, lines[2].Replace("\"country-answered\"", "\"country-answred\"")));
        Assert.Equal((3, "unknown line type 'country-answred'"), (wrongType.Line, wrongType.Message));
        var option = Fails(With(1, lines[1].Replace("\"commitments\":{", "\"commitments\":{\"zz\":[],")));
        Assert.Contains("unknown issue 'zz'", option.Message);
        Assert.Equal("t.jsonl:2: error: " + option.Message, option.Diagnostic);
    }

    /// <summary>Lines are read through the files' JSON contract; what it refuses comes back in the file's terms.</summary>
    [Theory]
    [InlineData("\"accepts\":", "\"accepts\":\"yes\",\"was\":", "'accepts' must be true or false")]
    [InlineData("\"concessions\":", "\"concessions\":1.5,\"was\":", "'concessions' must be a whole number")]
    [InlineData("\"country\":", "\"country\":null,\"was\":", "'country' may not be null")]
    [InlineData("\"aspiration\":", "\"aspiration\":0.5,\"aspiration\":", "'aspiration' is given twice")]
    [InlineData("\"risk\":", "\"no-risk\":", "missing 'risk'")]
    public void A_line_the_contract_refuses_says_which_field_and_what_it_must_be(string find, string replace, string expected)
    {
        var lines = Written(Fixture()).Text.Split('\n');
        var n = Array.FindIndex(lines, l => l.Contains("\"country-answered\""));
        lines[n] = lines[n].Replace(find, replace);

        var error = Fails(string.Join('\n', lines));

        Assert.Equal((n + 1, expected), (error.Line, error.Message));
    }

    [Fact]
    public void The_type_may_stand_anywhere_in_a_line()
    {
        var (_, text) = Written(Fixture());
        var lines = text.Split('\n');
        var n = Array.FindIndex(lines, l => l.StartsWith("{\"type\":\"country-answered\",", StringComparison.Ordinal));
        lines[n] = "{" + lines[n]["{\"type\":\"country-answered\",".Length..^1] + ",\"type\":\"country-answered\"}";

        var read = TranscriptReader.Read(string.Join('\n', lines), "t.jsonl");

        Assert.Equal(TranscriptReader.Read(text, "t.jsonl").History.Length, read.History.Length);
    }

    [Fact]
    public void An_unknown_option_id_gets_a_did_you_mean()
    {
        var scenario = Fixture();
        var (_, text) = Written(scenario);
        var issue = scenario.Issues[0];
        var lines = text.Split('\n');
        var n = Array.FindIndex(lines, l => l.Contains("\"country-answered\"") && l.Contains($"\"{issue.Id}\":[\"{issue.Options[0].Id}\""));
        Assert.True(n > 0, "the fixture needs a commitment to the first option");
        lines[n] = lines[n].Replace($"\"{issue.Id}\":[\"{issue.Options[0].Id}\"", $"\"{issue.Id}\":[\"{issue.Options[0].Id}x\"");

        var error = Fails(string.Join('\n', lines));

        Assert.Equal(n + 1, error.Line);
        Assert.Contains($"unknown option '{issue.Options[0].Id}x' of issue '{issue.Id}'; did you mean '{issue.Options[0].Id}'?", error.Message);
    }

    [Fact]
    public void Missing_opening_and_truncation_are_errors()
    {
        var text = Written(Fixture()).Text;
        var lines = text.Split('\n');

        Assert.Contains("first line must be summit-opened", Fails(string.Join('\n', lines.Skip(1))).Message);
        Assert.Contains("no end-of-line", Fails(text[..(text.Length / 2)]).Message);
        Assert.Contains("never concludes", Fails(string.Join('\n', lines.Take(lines.Length - 2)) + "\n").Message);
        Assert.Contains("empty file", Fails("").Message);
    }

    [Fact]
    public void Inject_ids_are_checked_with_a_did_you_mean_and_the_round_must_come_after_the_fork()
    {
        var scenario = Fixture();
        var country = scenario.Countries[0].Id;
        var issue = scenario.Issues[0].Id;

        var unknown = Assert.Throws<EventSyntaxException>(() => EventSyntax.Parse(
            $"{{round: 5, id: x, effects: [{{priority: {{country: {country}, issue: {issue}x, weight: 0.3}}}}]}}", scenario, 3));
        Assert.Contains($"issue '{issue}x' does not exist; did you mean '{issue}'?", unknown.Message);
        Assert.Equal((1, 61), (unknown.Line, unknown.Column));
        Assert.Equal($"event:1:61: error: {unknown.Message}", unknown.Diagnostics.Single().ToString());

        var early = Assert.Throws<EventSyntaxException>(() => EventSyntax.Parse(
            $"{{round: 2, id: x, effects: [{{reservation: {{country: {country}, value: 0.3}}}}]}}", scenario, 3));
        Assert.Contains("from 3", early.Message);
    }

    /// <summary>Before the scenario writer went through YamlDotNet's emitter, a tab inside a text was written
    /// as the escape \t; the emitter writes the tab itself. The values are the same, so such a transcript
    /// still reads and rebuilds; only its summit-opened line is written differently.</summary>
    [Fact]
    public void A_transcript_whose_scenario_escaped_its_tabs_still_reads()
    {
        var minimal = ScenarioLoader.LoadText(MinimalScenario.Text, "m.yaml").Scenario!;
        var issue = minimal.Issues[0];
        var scenario = minimal with { Issues = [issue with { Options = issue.Options.SetItem(0, issue.Options[0] with { Standard = "High\ttariffs." }) }] };
        var (_, text) = Written(scenario);
        var lines = text.Split('\n');
        Assert.Contains("High\\ttariffs.", lines[0]);
        lines[0] = lines[0].Replace("High\\ttariffs.", "High\\\\ttariffs.");

        var read = TranscriptReader.Read(string.Join('\n', lines), "old.jsonl");

        Assert.Equal("High\ttariffs.", read.Scenario.Issues[0].Options[0].Standard);
        var rebuilt = read.Rebuild();
        Assert.Equal(text, TranscriptJsonl.Write(rebuilt.Scenario, rebuilt.Transcript));
    }
}
