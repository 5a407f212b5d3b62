namespace TechPact.Benchmarks;

/// <summary>Issue 14's goals, each beside the figure this run measured for it, printed last so one
/// command answers "where do we stand".</summary>
public static class Goals
{
    private static readonly List<(string Goal, string Target, string Measured, string Verdict, string Note)> Rows = [];

    public static void Add(string goal, double target, double measured, bool higherIsBetter, string note)
    {
        var met = higherIsBetter ? measured >= target : measured <= target;
        Rows.Add((goal, Report.Format(target), Report.Format(measured), met ? "met" : "**not met**", note));
    }

    /// <summary>A goal whose figure is a verdict (identical or not) rather than a number.</summary>
    public static void Check(string goal, string target, string measured, bool met, string note) =>
        Rows.Add((goal, target, measured, met ? "met" : "**not met**", note));

    /// <summary>A goal this build cannot measure, with why.</summary>
    public static void NotMeasured(string goal, string target, string why) => Rows.Add((goal, target, "—", "not measured", why));

    /// <summary>The goals that are behaviours, not figures: asserted by tests on every CI run, named here so the
    /// table shows every goal of the issue.</summary>
    public static void MeasuredByTests()
    {
        Rows.Add(("analysis computed once per scenario state, shared by result.json, report.html and the live page", "once", "test", "see note",
            "tests/TechPact.Scenarios.Tests: AnalysisCacheTests (TimesComputed == 1 after every report of a run)"));
        Rows.Add(("runtime warnings off the terminal (a log file; stderr only with --verbose)", "clean", "test", "see note",
            "tests/TechPact.Host.Tests: RuntimeLogTests (a run prints nothing on stderr; --help says where the log is)"));
    }

    /// <summary>A child process (another GC mode) hands its goal rows to the parent as tab-separated lines.</summary>
    public static void Export()
    {
        foreach (var r in Rows) Console.WriteLine($"goal\t{r.Goal}\t{r.Target}\t{r.Measured}\t{r.Verdict}\t{r.Note}");
    }

    public static bool TryImport(string line, string suffix)
    {
        var parts = line.Split('\t');
        if (parts.Length != 6 || parts[0] != "goal") return false;
        Rows.Add((parts[1] + suffix, parts[2], parts[3], parts[4], parts[5]));
        return true;
    }

    /// <summary>The machine's load average when the run began (Program sets it).</summary>
    public static string StartLoad { get; set; } = "?";

    public static void Print()
    {
        if (Rows.Count == 0) return;
        Console.WriteLine("## Issue 14: every goal beside what this run measured");
        Console.WriteLine();
        // Wall-clock goals (rates, the 193-country run's seconds) read what the machine allowed, not what the code does:
        // say how busy it was, and where the load-independent figures are.
        Console.WriteLine($"Load average at the start / now: {StartLoad} / {Machine.LoadAverage()} on {Environment.ProcessorCount} cores. " +
                          "Wall-clock goals fall with other load on the machine; the notes give per-CPU-second rates and CPU seconds, which do not.");
        Console.WriteLine();
        Console.WriteLine("| goal | target | measured | verdict | how / note |");
        Console.WriteLine("| --- | ---: | ---: | --- | --- |");
        foreach (var r in Rows) Console.WriteLine($"| {r.Goal} | {r.Target} | {r.Measured} | {r.Verdict} | {r.Note} |");
        Console.WriteLine();
    }
}
