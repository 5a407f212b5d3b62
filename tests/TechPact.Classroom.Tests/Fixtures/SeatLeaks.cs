using System.Text.Json;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;

namespace TechPact.Classroom.Tests.Fixtures;

/// <summary>What a seat's JSON may hold, field by field: its own brief, and of the others only ids, names and
/// public commitments. Any other field anywhere (a utility, a reservation, a weight, an aspiration of another
/// country), or a log line quoting another seat's refused answer, fails the check.</summary>
public static class SeatLeaks
{
    private static readonly HashSet<string> Top =
    [
        "summitId", "sessionId", "table", "title", "country", "name", "status", "now", "round", "over", "openRound", "deadline",
        "remainingSeconds", "paused", "submitted", "submission", "refused", "watching", "heldBy", "draftUtility", "draftComplete",
        "brief", "others", "playedByAi", "pact", "log",
    ];

    public static void AssertClean(JsonElement seat, Scenario scenario)
    {
        var country = seat.GetProperty("country").GetString()!;
        var me = scenario.Countries.Single(c => c.Id == country);
        Keys(seat, Top, "seat");
        var brief = seat.GetProperty("brief");
        Keys(brief, ["strengths", "reservation", "strategy", "issues"], "brief");
        // The brief is the seat's own: its reservation (as the scenario opens, or as one of its events sets it), its weights.
        var reservations = scenario.Events.SelectMany(e => e.Effects).OfType<ReservationChange>().Where(r => r.Country == country)
            .Select(r => r.Reservation).Append(me.Reservation);
        var reservation = brief.GetProperty("reservation").GetDouble();
        Assert.True(reservations.Any(r => Math.Abs(r - reservation) < 1e-9), $"{country}'s brief shows reservation {reservation}, which is not its own");
        foreach (var issue in brief.GetProperty("issues").EnumerateArray())
        {
            Keys(issue, ["id", "title", "weight", "mine", "draft", "options"], "brief.issues[]");
            foreach (var option in issue.GetProperty("options").EnumerateArray()) Keys(option, ["id", "label", "standard", "value", "redLine"], "option");
        }
        foreach (var other in seat.GetProperty("others").EnumerateArray())
        {
            Keys(other, ["id", "name", "commitments"], "others[]");
            Assert.NotEqual(country, other.GetProperty("id").GetString());
            foreach (var commitment in other.GetProperty("commitments").EnumerateArray())
            {
                Keys(commitment, ["issue", "options"], "others[].commitments[]");
                Assert.All(commitment.GetProperty("options").EnumerateArray(), o => Assert.Equal(JsonValueKind.String, o.ValueKind));
            }
        }
        foreach (var played in seat.GetProperty("playedByAi").EnumerateArray()) Keys(played, ["round", "reason", "detail"], "playedByAi[]");
        if (seat.GetProperty("pact").ValueKind == JsonValueKind.Object) Keys(seat.GetProperty("pact"), ["status", "myUtility"], "pact");
        foreach (var line in seat.GetProperty("log").EnumerateArray())
        {
            Keys(line, ["round", "text"], "log[]");
            var text = line.GetProperty("text").GetString()!;
            // Why the AI played another seat is its fault's name only: the detail may quote that seat's refused answer.
            foreach (var other in scenario.Countries.Where(c => c.Id != country))
                if (text.StartsWith($"{other.Id}: the AI played its seat", StringComparison.Ordinal))
                    Assert.Matches(@"^\S+: the AI played its seat \([a-z-]+\)$", text);
        }
    }

    private static void Keys(JsonElement element, IReadOnlySet<string> allowed, string where)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (var property in element.EnumerateObject())
            Assert.True(allowed.Contains(property.Name), $"{where} holds '{property.Name}', which a seat may not see");
    }

    private static void Keys(JsonElement element, string[] allowed, string where) => Keys(element, allowed.ToHashSet(), where);
}
