namespace TechPact.Scenarios.Reports.Experiments;

/// <summary>A league's report.html (<see cref="LeagueReport"/>): one self-contained page (inline CSS, no
/// script): the leaderboard, and each entrant's mean utility per scenario and role.</summary>
public static class LeagueReportHtml
{
    public static string Write(LeaguePlan plan, IReadOnlyList<LeagueResult> results, IReadOnlyList<LeagueStanding> standings, string summary) =>
        HtmlPages.Render<LeagueReport, LeagueReportModel>(new LeagueReportModel(plan, results, standings, summary)) + "\n";
}

public sealed record LeagueReportModel(LeaguePlan Plan, IReadOnlyList<LeagueResult> Results, IReadOnlyList<LeagueStanding> Standings, string Summary);
