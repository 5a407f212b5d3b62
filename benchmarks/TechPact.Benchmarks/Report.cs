using System.Globalization;

namespace TechPact.Benchmarks;

/// <summary>Prints figures as markdown tables, ready to paste into docs/performance.md: each timed figure
/// with the spread of its windows, its warm-up and its repetitions beside it.</summary>
public static class Report
{
    public static void Heading(string title)
    {
        Console.WriteLine($"## {title}");
        Console.WriteLine();
    }

    public static void Section(string title)
    {
        Heading(title);
        Console.WriteLine("| measure | value | spread of the windows | warm-up · repetitions | unit / note |");
        Console.WriteLine("| --- | ---: | --- | --- | --- |");
    }

    /// <summary>A timed figure: its median window rate, the spread, how long it warmed up and how it was repeated.</summary>
    public static void Row(string measure, Figure figure, string unit) =>
        Plain(measure, Format(figure.Rate), figure.Spread, $"{figure.WarmUp.Describe()} · {figure.Repetitions}",
            $"{unit}; {Format(figure.PerCpuSecond)} per CPU-second on {figure.Cores:0.00} cores");

    /// <summary>A figure computed once (a single timing or a ratio of figures above).</summary>
    public static void Row(string measure, double value, string unit) => Plain(measure, Format(value), "", "", unit);

    public static void Ratio(string measure, double value, string note) =>
        Plain(measure, $"{value.ToString("0.00", CultureInfo.InvariantCulture)}×", "", "", note);

    public static void Plain(string measure, string value, string spread, string repetitions, string note) =>
        Console.WriteLine($"| {measure} | {value} | {spread} | {repetitions} | {note} |");

    public static string Format(double value) => value switch
    {
        >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
