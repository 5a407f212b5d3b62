using System.Text.RegularExpressions;

namespace TechPact.Host.Cli;

/// <summary>Says System.CommandLine's type errors in a user's words: "expected a whole number",
/// not "System.Nullable`1[System.Int64]".</summary>
public static partial class ParseErrors
{
    public static string Humanize(string message)
    {
        var match = TypeError().Match(message);
        if (!match.Success) return message;
        var expected = match.Groups["type"].Value switch
        {
            var t when t.Contains("Int64") || t.Contains("Int32") => "a whole number",
            var t when t.Contains("Double") || t.Contains("Decimal") => "a number",
            var t when t.Contains("Boolean") => "true or false",
            _ => "a value of another kind",
        };
        return $"'{match.Groups["value"].Value}' is not valid for {match.Groups["option"].Value}; expected {expected}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$")]
    private static partial Regex TypeError();
}
