namespace TechPact.Host.Cli;

/// <summary>Parses --pace: "500ms", "2s", "1.5s" or a bare number of milliseconds.</summary>
public static class Pace
{
    public static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    public static bool TryParse(string? text, out TimeSpan pace) => TryParse(text, Max, out pace);

    /// <summary>The same syntax for any duration up to <paramref name="max"/> (--move-time).</summary>
    public static bool TryParse(string? text, TimeSpan max, out TimeSpan pace)
    {
        pace = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return true;
        text = text.Trim().ToLowerInvariant();
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsNaN(value))
            return false;
        var ms = value * unit;
        if (ms > max.TotalMilliseconds) return false;
        pace = TimeSpan.FromMilliseconds(ms);
        return true;
    }
}
