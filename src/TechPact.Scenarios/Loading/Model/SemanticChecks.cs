namespace TechPact.Scenarios.Loading.Model;

/// <summary>Checks that need the whole scenario: whether agreement is possible at all under the
/// unanimity every protocol requires, told before the run instead of after twelve rounds.</summary>
/// <remarks>They look at the table as it opens. Events may lift red lines or lower reservations
/// later, so when any event could, "impossible" is only a warning.</remarks>
internal static class SemanticChecks
{
    /// <summary>The joint check enumerates packages; beyond this many it is skipped (the
    /// per-issue and per-country checks still run) so loading stays fast on any agenda.</summary>
    public const long MaxPackagesChecked = 1_000_000;

    public static void Run(Scenario scenario, Agenda agenda, Roster roster, SourcePosition countriesAt, DiagnosticBag diagnostics)
    {
        var eventsMayRelax = scenario.Events.SelectMany(e => e.Effects).Any(e => e is not (RedLineAdded or StrengthChange));
        var impossible = eventsMayRelax ? (Action<SourcePosition, string>)diagnostics.Warning : diagnostics.Error;
        var suffix = eventsMayRelax ? " (unless an event changes it)" : "";

        var blocked = RedLines(scenario, agenda, diagnostics, impossible, suffix);
        if (blocked) return;
        if (ReservationsOutOfReach(scenario, roster, impossible, suffix)) return;
        if (PackageCount(scenario) > MaxPackagesChecked) return;
        var analysis = OutcomeAnalyzer.Analyze(scenario, exactLimit: MaxPackagesChecked);
        if (!analysis.AnyOutcomeClearsReservations)
            impossible(countriesAt,
                $"no complete package clears every country's reservation without crossing a red line (all {analysis.OutcomeCount} checked): " +
                $"agreement is impossible before the run starts{suffix}; lower a reservation or lift a red line");
    }

    /// <returns>True when some issue has every option red-lined (reported as impossible).</returns>
    private static bool RedLines(Scenario scenario, Agenda agenda, DiagnosticBag diagnostics, Action<SourcePosition, string> impossible, string suffix)
    {
        var blocked = false;
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            var union = OptionSet.Empty;
            foreach (var country in scenario.Countries) union = union.Union(country.RedLines[i]);
            if (union.Count == issue.Options.Length)
            {
                blocked = true;
                var who = issue.Options.Select((o, k) => $"'{o.Id}' by {string.Join(" and ", RedLiners(scenario, i, k))}");
                impossible(agenda.PositionOf(i),
                    $"agreement is impossible on issue '{issue.Id}': every option is someone's red line ({string.Join(", ", who)}){suffix}");
                continue;
            }
            for (var o = 0; o < issue.Options.Length; o++)
                if (scenario.Countries.All(c => c.RedLines[i].Contains(o)))
                    diagnostics.Warning(agenda.PositionOf(i),
                        $"option '{issue.Options[o].Id}' of issue '{issue.Id}' is a red line for every country; under unanimity it can never be agreed");
        }
        return blocked;
    }

    private static IEnumerable<string> RedLiners(Scenario scenario, int issue, int option) =>
        scenario.Countries.Where(c => c.RedLines[issue].Contains(option)).Select(c => c.Id);

    /// <summary>Each country's best package among those nobody red-lines; below its reservation it
    /// would rather walk away from every possible pact.</summary>
    private static bool ReservationsOutOfReach(Scenario scenario, Roster roster, Action<SourcePosition, string> impossible, string suffix)
    {
        var any = false;
        foreach (var country in scenario.Countries)
        {
            var best = 0.0;
            for (var i = 0; i < scenario.Issues.Length; i++)
            {
                var open = Enumerable.Range(0, scenario.Issues[i].Options.Length)
                    .Where(o => scenario.Countries.All(c => !c.RedLines[i].Contains(o)));
                best += country.Weights[i] * open.Max(o => country.Values[i][o]);
            }
            if (best >= country.Reservation) continue;
            any = true;
            impossible(roster.PositionOf(country.Id),
                $"country '{country.Id}' can get at most {best:0.###} from any package outside the red lines, below its reservation {country.Reservation:0.###}: " +
                $"it will never agree, so agreement is impossible before the run starts{suffix}");
        }
        return any;
    }

    private static double PackageCount(Scenario scenario) =>
        scenario.Issues.Aggregate(1.0, (product, issue) => product * issue.Options.Length);
}
