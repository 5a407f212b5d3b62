using System.Text.Json;
using TechPact.Agents.Tests.Fixtures;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Events;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Agents.Tests;

/// <summary>Every message an agent is sent holds its own brief and the public table, and nothing of
/// another country's confidential data: spies in all three seats log every line, and each line is
/// checked field by field and number by number.</summary>
public sealed class ConfidentialityTests
{
    private static readonly HashSet<string> BriefKeys = ["name", "reservation", "strategy", "strengths", "issues"];
    private static readonly HashSet<string> TableKeys = ["draft", "draftUtility", "converged", "countries", "clubs", "events"];
    private static readonly HashSet<string> PublicCountryKeys = ["id", "name", "commitments", "lastAnswer"];
    private static readonly HashSet<string> LastAnswerKeys = ["round", "accepts", "amendments"];

    [Fact]
    public async Task No_message_to_an_agent_holds_another_countrys_confidential_data()
    {
        using var dir = new TempDirectory();
        var scenario = ScenarioLoader.LoadFile(Repo.SeedScenario).Scenario!;
        var seats = scenario.Countries.SelectMany(c => new[]
            { "--seat", $"{c.Id}=agent:python3 {Repo.Fixture("spy_agent.py")} {Repo.Root}/examples/agents {dir[c.Id + ".log"]}" }).ToArray();
        var (exit, _, error) = await Repo.RunAsync(["run", Repo.SeedScenario, "--move-time", "20s", "--json", "--out", dir["run"], .. seats]);
        Assert.True(exit == 0, error);
        var transcript = TranscriptReader.ReadFile(dir["run/transcript.jsonl"]).Rebuild().Transcript;

        var turns = 0;
        foreach (var country in scenario.Countries)
        {
            var messages = (await File.ReadAllLinesAsync(dir[country.Id + ".log"])).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Contains(messages, m => m.GetProperty("type").GetString() == "end");
            foreach (var message in messages)
            {
                var type = message.GetProperty("type").GetString();
                var round = message.GetProperty("round").GetInt32();
                // The seat's own brief as events left it by this round: its numbers are the only fractions it may be told.
                var table = EventEffects.ScenarioAfter(scenario, transcript.Where(e => e.Round <= round).ToList());
                if (type == "turn") { CheckTurn(table, country.Id, message); turns++; }
                else if (type == "end") CheckNumbers(message, Mine(table, country.Id).Append(message.GetProperty("utility").GetDouble()));
                else Assert.Contains(type, new[] { "accepted", "refused" });
            }
        }
        Assert.True(turns >= 3, "every seat got its turns");
    }

    private static void CheckTurn(Scenario scenario, string me, JsonElement turn)
    {
        Assert.Equal(me, turn.GetProperty("country").GetString());
        var brief = turn.GetProperty("brief");
        Assert.Equal(BriefKeys, Keys(brief));
        var profile = scenario.Countries.Single(c => c.Id == me);
        Assert.Equal(profile.Reservation, brief.GetProperty("reservation").GetDouble());
        Assert.Equal(profile.Strengths.Keys.Order(), brief.GetProperty("strengths").EnumerateObject().Select(p => p.Name).Order());
        var table = turn.GetProperty("table");
        Assert.Equal(TableKeys, Keys(table));
        foreach (var other in table.GetProperty("countries").EnumerateArray())
        {
            Assert.Subset(PublicCountryKeys, Keys(other));
            if (other.GetProperty("lastAnswer").ValueKind == JsonValueKind.Object) Assert.Equal(LastAnswerKeys, Keys(other.GetProperty("lastAnswer")));
        }
        // The only fractional numbers a seat is told are its own: its brief, and its own utility of the draft.
        CheckNumbers(turn, Mine(scenario, me).Append(table.GetProperty("draftUtility").GetDouble()));
    }

    private static IEnumerable<double> Mine(Scenario scenario, string me)
    {
        var profile = scenario.Countries.Single(c => c.Id == me);
        return [profile.Reservation, .. profile.Weights, .. profile.Values.SelectMany(v => v), .. profile.Strengths.Values];
    }

    /// <summary>Every number in the message is a whole number (rounds, deadlines) or one of the seat's own.</summary>
    private static void CheckNumbers(JsonElement message, IEnumerable<double> mine)
    {
        var allowed = mine.ToHashSet();
        foreach (var number in Numbers(message))
            Assert.True(number == Math.Floor(number) || allowed.Contains(number), $"{number} is not the seat's own: {message.GetRawText()[..200]}…");
    }

    private static IEnumerable<double> Numbers(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => [e.GetDouble()],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Numbers),
        _ => [],
    };

    private static HashSet<string> Keys(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];
}
