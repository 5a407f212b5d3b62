using TechPact.Agents.Hosting;
using TechPact.Agents.Messages;

// The whole program: hand the agent to the stdio host.
return AgentHost.RunStdio(new ConcederAgent());

/// <summary>A time-dependent conceder, as in GENIUS: the share of its surplus it still demands falls
/// as 1 − t^(1/e) with e = 2 (fast at first, then slower), and it commits on each issue to every option
/// worth at least that demand, never so many that a package of its commitments falls below its
/// reservation. It accepts a complete draft worth its demand.</summary>
internal sealed class ConcederAgent : IAgent
{
    private const double E = 2.0;

    public MoveMessage Move(TurnMessage turn)
    {
        var brief = turn.Brief;
        var t = turn.MaxRounds <= 1 ? 1.0 : (turn.Round - 1) / (double)(turn.MaxRounds - 1);
        var demand = brief.Reservation + (1 - brief.Reservation) * (1 - Math.Pow(t, 1 / E));
        var commit = brief.Issues.ToDictionary(i => i.Id, i => turn.Mine(i.Id).ToList());
        foreach (var issue in brief.Issues)
        {
            var options = issue.Options.Where(o => !o.RedLine).OrderByDescending(o => o.Value).ToList();
            if (commit[issue.Id].Count == 0) commit[issue.Id].Add(options[0].Id);
            foreach (var option in options.Where(o => o.Value >= demand && !commit[issue.Id].Contains(o.Id)))
            {
                commit[issue.Id].Add(option.Id);
                if (WorstCase(brief, commit) < brief.Reservation) commit[issue.Id].Remove(option.Id);
            }
        }
        var draft = turn.Table.Draft;
        var complete = draft.Values.All(v => v is not null);
        var crossesRedLine = brief.Issues.Any(i => i.Options.Any(o => o.RedLine && draft[i.Id] == o.Id));
        var floor = turn.Round >= turn.MaxRounds ? brief.Reservation : demand;
        var accept = complete && !crossesRedLine && brief.Utility(draft) >= floor;
        var issues = brief.Issues.Select(i => new IssueMove(i.Id, commit[i.Id],
            commit[i.Id].Contains(draft[i.Id] ?? "") ? null : commit[i.Id].MaxBy(id => i.Options.First(o => o.Id == id).Value))).ToList();
        return new MoveMessage(turn.Round, accept, issues);
    }

    public void Ended(EndMessage end) => Console.Error.WriteLine($"end: {end.Status}, utility {end.Utility:0.000}");

    /// <summary>The lowest utility of a package built from these commitments.</summary>
    private static double WorstCase(Brief brief, Dictionary<string, List<string>> commit) =>
        brief.Issues.Sum(i => i.Weight * (commit[i.Id].Count == 0 ? 0 : commit[i.Id].Min(id => i.Options.First(o => o.Id == id).Value)));
}
