using System.Globalization;

namespace TechPact.Benchmarks;

/// <summary>Prints figures as markdown tables, ready to paste into docs/performance.md.</summary>
public static class Report
{
    public static void Section(string title)
    {
        Console.WriteLine($"## {title}");
        Console.WriteLine();
        Console.WriteLine("| measure | value | unit / note |");
        Console.WriteLine("| --- | ---: | --- |");
    }

    public static void Row(string measure, double value, string unit) =>
        Console.WriteLine($"| {measure} | {Format(value)} | {unit} |");

    public static void Ratio(string measure, double value, string note) =>
        Console.WriteLine($"| {measure} | {value.ToString("0.00", CultureInfo.InvariantCulture)}× | {note} |");

    public static string Format(double value) => value switch
    {
        >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
