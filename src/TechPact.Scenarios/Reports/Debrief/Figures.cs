namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>How the debrief prints numbers and tells countries apart.</summary>
public static class Figures
{
    public static readonly string[] Palette = ["#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d"];

    public static string Color(int country) => Palette[country % Palette.Length];

    public static string Num(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"+0.012" or "−0.012" (a real minus sign).</summary>
    public static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"good" or "bad": the class a gain or a loss is shown with.</summary>
    public static string Class(double v) => v >= 0 ? "good" : "bad";
}
