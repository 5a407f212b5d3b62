namespace TechPact.Host.Cli;

/// <summary>`techpact analyze &lt;scenario&gt; [--json]`: the outcome space before anyone negotiates —
/// Pareto frontier, Nash (plain and leverage-weighted), Kalai–Smorodinsky, max welfare.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliStreams streams)
    {
        var file = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON." };
        var command = new Command("analyze", "Analyse a scenario's outcome space: Pareto frontier and bargaining solutions.") { file, json };
        command.SetAction(parsed =>
        {
            var scenario = ScenarioInput.Load(parsed.GetValue(file)!, streams.Error);
            if (scenario is null) return ExitCodes.InvalidInput;
            var progress = new AnalysisProgress(streams, scenario);
            progress.Waiting();
            var analysis = OutcomeAnalyzer.Analyze(scenario, progress: progress.Report);
            progress.Done();
            if (parsed.GetValue(json))
            {
                streams.Out.Write(new AnalysisJson(scenario, analysis).Write());
                return ExitCodes.Completed;
            }
            var console = Consoles.For(streams);
            console.Write(new Rule($"[bold]{TerminalText.Markup(scenario.Title)}[/]").LeftJustified());
            console.MarkupLine($"{analysis.OutcomeCount:N0} outcomes, {(analysis.Exact ? "enumerated exactly" : TerminalText.Markup(analysis.Method))}; " +
                               $"Pareto frontier of {analysis.ParetoFrontier.Length}.");
            // One column per solution keeps the table narrow however long the agenda is.
            var points = new[] { analysis.Nash, analysis.LeverageWeightedNash, analysis.KalaiSmorodinsky, analysis.MaxWelfare }
                .OfType<SolutionPoint>().ToList();
            var table = new Table().AddColumn("");
            foreach (var point in points) table.AddColumn(TerminalText.Markup(point.Name));
            for (var i = 0; i < scenario.Issues.Length; i++)
            {
                var issue = scenario.Issues[i];
                table.AddRow([TerminalText.Markup(issue.Title), .. points.Select(p => TerminalText.Markup(issue.Options[p.Package[i]].Label))]);
            }
            table.AddEmptyRow();
            for (var c = 0; c < scenario.Countries.Length; c++)
                table.AddRow([$"[bold]{TerminalText.Markup(scenario.Countries[c].Name)}[/] (r {scenario.Countries[c].Reservation:0.00})",
                    .. points.Select(p => p.Utilities[c].ToString("0.000"))]);
            console.Write(table);
            foreach (var note in analysis.Notes) console.MarkupLine($"[yellow]{TerminalText.Markup(note)}[/]");
            return ExitCodes.Completed;
        });
        return command;
    }
}
