namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>The geometry of a debrief chart: a 420×220 viewBox with axes inset by 34, utilities from
/// <see cref="Low"/> to 1 on both axes (a frontier chart zooms onto the bargaining space).</summary>
public sealed class ChartFrame(double low = 0)
{
    public const int Width = 420, Height = 220, Pad = 34;

    /// <summary>Right end of the x axis, and top of the y axis.</summary>
    public const int Right = Width - 8, Top = Pad / 2, Bottom = Height - Pad;

    public double Low { get; } = low;

    /// <summary>The three values the y axis is labelled with.</summary>
    public IEnumerable<double> Ticks => [Low, (Low + 1) / 2, 1.0];

    public double X(double v, double max) => Pad + (Right - Pad) * (max <= 0 ? 0 : Math.Clamp((v / max - Low) / (1 - Low), 0, 1));

    public double Y(double u) => Bottom - (Bottom - Pad / 2.0) * Math.Clamp((u - Low) / (1 - Low), 0, 1);

    public static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
