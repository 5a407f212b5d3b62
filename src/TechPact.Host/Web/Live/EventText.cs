namespace TechPact.Host.Web.Live;

/// <summary>One plain sentence per transcript line worth showing on the live page's event log.</summary>
public static class EventText
{
    /// <returns>Null for the lines the page shows elsewhere (answers, drafts, the conclusion).</returns>
    public static LiveEvent? Describe(Scenario scenario, TranscriptEvent e) => e switch
    {
        EventFired f => new(f.Round, "event", $"{f.Event.Title}"),
        TradeAgreed t => new(t.Round, "trade",
            $"{NameOf(scenario, t.First.Giver)} gives {t.First.Option} on {t.First.Issue}; " +
            $"{NameOf(scenario, t.Second.Giver)} gives {t.Second.Option} on {t.Second.Issue}"),
        TrackAgreed t => new(t.Round, "track", $"Track {t.Track} agrees on {IssueTitle(scenario, t.Issue)}"),
        ClubFormed c => new(c.Round, "club",
            $"Standards club forms on {IssueTitle(scenario, c.Club.Issue)}: {OptionLabel(scenario, c.Club.Issue, c.Club.Option)}"),
        ClubJoined j => new(j.Round, "club", $"{NameOf(scenario, j.Country)} joins the club on {IssueTitle(scenario, j.Issue)}"),
        OfferTabled o => new(o.Round, "offer", $"{NameOf(scenario, o.Country)} tables an offer"),
        SeatPlayedByAi m => new(m.Round, "seat", $"{NameOf(scenario, m.Country)}: the AI played the seat ({SeatNames.Of(m.Fault)}{(m.Detail.Length > 0 ? ": " + m.Detail : "")})"),
        SeatTaken t => new(t.Round, "seat", $"{NameOf(scenario, t.Country)}'s seat: {Seats.SeatJson.Describe(t)}{(t.Reason.Length > 0 ? " — " + t.Reason : "")}"),
        _ => null,
    };

    private static string NameOf(Scenario scenario, string countryId)
    {
        var i = scenario.CountryIndex(countryId);
        return i < 0 ? countryId : scenario.Countries[i].Name;
    }

    private static string IssueTitle(Scenario scenario, int issue) =>
        issue >= 0 && issue < scenario.Issues.Length ? scenario.Issues[issue].Title : $"issue {issue}";

    private static string OptionLabel(Scenario scenario, int issue, int option) =>
        issue >= 0 && issue < scenario.Issues.Length && option >= 0 && option < scenario.Issues[issue].Options.Length
            ? scenario.Issues[issue].Options[option].Label
            : $"option {option}";
}
