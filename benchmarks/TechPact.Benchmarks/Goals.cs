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

    /// <summary>A goal this build cannot measure, with why.</summary>
    public static void NotMeasured(string goal, string target, string why) => Rows.Add((goal, target, "—", "not measured", why));

    /// <summary>The goal measured by a test rather than a timed figure: said here so the table shows every goal of the issue.</summary>
    public static void MeasuredByTests()
    {
        Rows.Add(("the same sweep on a 3-silo cluster gives an identical sweep.json", "identical", "test", "see note",
            "tests/TechPact.Durability.Tests: ThreeSiloSweepTests (sweep.json byte-identical to the one-silo sweep)"));
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

    public static void Print()
    {
        if (Rows.Count == 0) return;
        Console.WriteLine("## Issue 14: every goal beside what this run measured");
        Console.WriteLine();
        Console.WriteLine("| goal | target | measured | verdict | how / note |");
        Console.WriteLine("| --- | ---: | ---: | --- | --- |");
        foreach (var r in Rows) Console.WriteLine($"| {r.Goal} | {r.Target} | {r.Measured} | {r.Verdict} | {r.Note} |");
        Console.WriteLine();
    }
}
