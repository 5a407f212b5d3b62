using System.Globalization;
using System.Text;

namespace TechPact.Scenarios.Writing;

/// <summary>Renders scalars so any YAML reader, and ours in particular, reads back exactly the
/// same value: plain when that is unambiguous, double-quoted with escapes otherwise.</summary>
internal static class YamlScalars
{
    private const string Indicators = ":#,[]{}&*!|>'\"%@`\\";
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
        { "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n" };

    public static string Text(string value) => IsSafePlain(value) ? value : DoubleQuoted(value);

    /// <summary>Shortest text that parses back to the same double ("R" semantics on .NET Core 3+).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || char.IsWhiteSpace(value[^1])) return false;
        if (ReservedWords.Contains(value)) return false;
        foreach (var c in value)
            if (Indicators.Contains(c) || char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                return false;
        return true;
    }

    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case var control when char.IsControl(control) || char.IsSurrogate(control) || control is '\uFEFF' or '\u2028' or '\u2029':
                    quoted.Append("\\u").Append(((int)control).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
