namespace TechPact.Scenarios.Loading.Yaml;

/// <summary>How found values appear inside messages: short, quoted, never a whole 4 MiB line, and
/// with control characters written out, so a message printed on a terminal cannot drive it.</summary>
internal static class Describe
{
    private const int MaxShown = 48;

    public static string Shorten(string text)
    {
        var oneLine = text.Replace("\r", "\\r").Replace("\n", "\\n");
        return TextRules.Visible(oneLine.Length <= MaxShown ? oneLine : oneLine[..MaxShown] + "…");
    }

    public static string Quoted(string text) => $"'{Shorten(text)}'";

    public static string Node(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => "nothing",
        YamlScalar s => Quoted(s.Value),
        _ => node.KindName,
    };

    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(Shorten));
}
