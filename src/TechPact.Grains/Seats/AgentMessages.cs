using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;

namespace TechPact.Grains.Seats;

/// <summary>The seat view in the agent protocol's words (ids, not indices), and an agent's move back
/// as a seat answer. Every message a seat receives — an agent's, a browser's — is built here from the
/// <see cref="SeatView"/> alone, so it can hold nothing the view does not.</summary>
public static class AgentMessages
{
    public static TurnMessage Turn(string summitId, SeatView view, TimeSpan moveTime)
    {
        var me = view.Me;
        var issues = view.Issues;
        var brief = new Brief(me.Name, me.Reservation, me.Strategy.Name, me.Strengths,
            [.. issues.Select((issue, i) => new IssueBrief(issue.Id, issue.Title, me.Weights[i],
                [.. issue.Options.Select((o, k) => new OptionBrief(o.Id, o.Label, o.Standard, me.Values[i][k], me.RedLines[i].Contains(k)))]))]);
        var table = new Table(Package(issues, view.Draft), view.DraftUtility,
            [.. issues.Where((_, i) => view.Converged[i]).Select(i => i.Id)],
            [.. view.Table.Select(c => new PublicCountry(c.Id, c.Name, Commitments(issues, c.Commitments), c.LastAnswer is { } a
                ? new LastAnswer(a.Round, a.Accepts, Amendments(issues, a.Amendments))
                : null))],
            [.. view.Clubs.Select(club => new ClubInfo(issues[club.Issue].Id, issues[club.Issue].Options[club.Option].Id, club.FormedRound,
                [.. club.Members.Where(m => m < view.Table.Length).Select(m => view.Table[m].Id)]))],
            [.. view.Events.Select(e => new EventInfo(e.Round, e.Id, e.Title))]);
        return new TurnMessage(summitId, view.Country, view.Round, view.MaxRounds, view.Protocol,
            (long)Math.Max(0, moveTime.TotalMilliseconds), brief, table);
    }

    public static EndMessage End(SeatView final, bool stopped) =>
        new(stopped && !final.IsOver ? "ended" : StatusName(final.Status), final.Round, Package(final.Issues, final.Draft),
            Utility.Of(final.Me, final.Draft), final.Me.Reservation);

    /// <summary>A move in the protocol's words as the engine's seat answer (whose rules <see cref="SeatMoves"/> checks).</summary>
    public static SeatAnswer Answer(MoveMessage move) =>
        new(move.Accept, [.. (move.Issues ?? []).Select(i => new IssueAnswer(i.Issue ?? "", [.. i.Commit ?? []], string.IsNullOrEmpty(i.Amend) ? null : i.Amend))]);

    public static string StatusName(SummitStatus status) => status switch
    {
        SummitStatus.Agreement => "agreement",
        SummitStatus.Partial => "partial",
        SummitStatus.NoAgreement => "no-agreement",
        _ => "running",
    };

    private static Dictionary<string, string?> Package(ImmutableArray<Issue> issues, Package package) =>
        issues.Select((issue, i) => (issue.Id, Option: i < package.Count && package[i] != Negotiation.Outcomes.Package.Open ? issue.Options[package[i]].Id : null))
            .ToDictionary(x => x.Id, x => x.Option, StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyList<string>> Commitments(ImmutableArray<Issue> issues, ImmutableArray<OptionSet> sets) =>
        issues.Select((issue, i) => (issue.Id, Options: (IReadOnlyList<string>)[.. sets[i].Members().Where(o => o < issue.Options.Length).Select(o => issue.Options[o].Id)]))
            .ToDictionary(x => x.Id, x => x.Options, StringComparer.Ordinal);

    private static Dictionary<string, string> Amendments(ImmutableArray<Issue> issues, ImmutableArray<int> amendments) =>
        issues.Select((issue, i) => (issue.Id, Option: i < amendments.Length ? amendments[i] : Negotiation.Outcomes.Package.Open))
            .Where(x => x.Option != Negotiation.Outcomes.Package.Open)
            .ToDictionary(x => x.Id, x => issues.First(issue => issue.Id == x.Id).Options[x.Option].Id, StringComparer.Ordinal);
}
