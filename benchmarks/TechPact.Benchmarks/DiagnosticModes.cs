using TechPact.Benchmarks.Suites;
using TechPact.Host.Experiments;
using TechPact.Scenarios.Global;
using TechPact.Negotiation.Summits;

namespace TechPact.Benchmarks;

/// <summary>The harness's tools for finding where time goes (each prints and exits; none is part of `all`):
/// the warm-up curve, allocations by type, long runs to trace with dotnet-trace, the analysis's phases.</summary>
public static class DiagnosticModes
{
    /// <returns>The exit code when <paramref name="mode"/> is a diagnostic, else null.</returns>
    public static async Task<int?> RunAsync(string mode, string[] args)
    {
        if (mode == "generate-global")
        {
            var path = args.Length > 1 ? args[1] : Path.Combine(Paths.Root, "scenarios", "global-ai-standards.yaml");
            File.WriteAllText(path, GlobalScenarioYaml.Generate());
            Console.WriteLine($"wrote {path}");
            return 0;
        }
        if (mode == "profile-global")
        {
            var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
            var scenario = GlobalSummitGenerator.Generate();
            for (var r = 0; r < runs; r++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var summit = SummitRunner.Run(scenario);
                Console.WriteLine($"{summit.Status} after {summit.Round} rounds in {clock.ElapsedMilliseconds} ms");
            }
            return 0;
        }

        if (mode == "curve")
        {
            // curve [threads]: the rate, window by window, from a cold start: how long tiering takes to settle.
            WarmUpCurve.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return 0;
        }

        if (mode == "profile-analysis")
        {
            // profile-analysis [countries]: the outcome analysis of the generated global agenda (for dotnet-trace).
            var countries = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 193;
            var scenario = GlobalSummitGenerator.Generate(countries: countries);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var marks = new List<(double Fraction, long Ms)>();
            var analysis = TechPact.Negotiation.Analysis.OutcomeAnalyzer.Analyze(scenario, progress: f => marks.Add((f, clock.ElapsedMilliseconds)));
            foreach (var (f, ms) in marks.Where((_, k) => k < 2 || k % 50 == 0 || k >= marks.Count - 5)) Console.WriteLine($"  {f:P1} at {ms} ms");
            Console.WriteLine($"{analysis.Method}: {clock.ElapsedMilliseconds} ms, frontier {analysis.ParetoFrontier.Length}");
            double LogNash(TechPact.Negotiation.Analysis.SolutionPoint? p) => p is null ? double.NaN : p.Utilities.Select((u, c) => Math.Log(u - scenario.Countries[c].Reservation)).Sum();
            Console.WriteLine($"log Nash product {LogNash(analysis.Nash):0.0000}, weighted-Nash point's log product {LogNash(analysis.LeverageWeightedNash):0.0000}, " +
                $"mean ideal {analysis.Ideal.Average():0.00000}, min ideal {analysis.Ideal.Min():0.00000}, KS point's log product {LogNash(analysis.KalaiSmorodinsky):0.0000}");
            return 0;
        }

        if (mode == "analysis-json")
        {
            var summit = SummitRunner.Run(GlobalSummitGenerator.Generate(countries: int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
            var a = TechPact.Negotiation.Analysis.OutcomeAnalyzer.Analyze(summit.Scenario, summit.Agreement);
            Console.Write(new TechPact.Scenarios.Reports.AnalysisJson(summit.Scenario, a).Write());
            Console.WriteLine(string.Join(";", a.ParetoFrontier.Select(p => p.Package)));
            return 0;
        }

        if (mode == "report-phases")
        {
            // report-phases [scenario.yaml]: where the time of `run --out` goes once the negotiation is over.
            var file = args.Length > 1 ? args[1] : Path.Combine(Paths.Root, "scenarios", "global-ai-standards.yaml");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            void Lap(string what) { Console.WriteLine($"{what}: {clock.ElapsedMilliseconds} ms"); clock.Restart(); }
            var loaded = TechPact.Scenarios.Loading.ScenarioLoader.LoadFile(file).Scenario!;
            Lap("load");
            var summit = SummitRunner.Run(loaded);
            Lap($"negotiate (pure, {summit.Round} rounds)");
            var report = TechPact.Scenarios.Reports.RunReport.FromLoaded(loaded, summit.Transcript);
            Lap("report: outcome analysis");
            _ = report.TranscriptJsonl(); Lap("transcript.jsonl");
            _ = report.ResultJson(); Lap("result.json");
            _ = report.PactMarkdown(); Lap("pact.md");
            _ = report.ReportHtml(); Lap("report.html");
            return 0;
        }

        if (mode == "alloc")
        {
            // alloc [grains] [runs]: what the pure engine (or the grain-hosted sweep) allocates, by type.
            var hosted = args.Length > 1 && args[1] == "grains";
            var at = hosted ? 2 : 1;
            var runs = args.Length > at ? int.Parse(args[at], System.Globalization.CultureInfo.InvariantCulture) : 5000;
            if (hosted) await Allocations.RunHostedAsync(runs);
            else Allocations.Run(runs);
            return 0;
        }

        if (mode == "profile-seed")
        {
            // profile-seed pure|grains [runs]: a long seed-scenario sweep to trace.
            var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3000;
            var plan = new TechPact.Negotiation.Experiments.Sweeps.SweepPlan(Paths.SeedScenario(), runs, 2025,
                TechPact.Negotiation.Experiments.Perturbations.VarySpec.Default);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (args.Length > 1 && args[1] == "grains")
            {
                await using var silo = await BenchSilo.StartAsync();
                await GrainExperiment.RunAsync(silo.Grains, plan, 32, "profile");
            }
            else
                for (var i = 0; i < runs; i++) TechPact.Negotiation.Experiments.RunSummary.Play(plan.Run(i), plan.Baseline);
            Console.WriteLine($"{runs} runs in {clock.ElapsedMilliseconds} ms");
            return 0;
        }
        return null;
    }
}
