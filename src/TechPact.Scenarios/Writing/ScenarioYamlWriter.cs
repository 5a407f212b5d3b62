namespace TechPact.Scenarios.Writing;

/// <summary>Writes a scenario in the documented YAML format, in a fixed order, through YamlDotNet's
/// emitter (<see cref="YamlFormatWriter"/>), so that loading the output gives the same scenario back.</summary>
/// <remarks>Tracks and events, which the engine holds as indices, are written with ids. A transcript's
/// summit-opened line carries this text, and replay checks that it is written again byte for byte.</remarks>
public static class ScenarioYamlWriter
{
    public static string Write(Scenario scenario, string? headerComment = null)
    {
        var yaml = new YamlFormatWriter();
        foreach (var line in headerComment?.ReplaceLineEndings("\n").Split('\n') ?? []) yaml.Comment(line);
        yaml.StartMap();
        yaml.Field("id", scenario.Id).Field("title", scenario.Title);
        if (scenario.Description.Length > 0) yaml.Field("description", scenario.Description);
        yaml.IntegerField("seed", scenario.Rules.Seed).IntegerField("max-rounds", scenario.Rules.MaxRounds)
            .Field("protocol", scenario.Rules.Protocol).Field("noise", scenario.Rules.Noise);
        if (scenario.Logrolling)
        {
            yaml.Key("logrolling");
            yaml.Boolean(true);
        }
        if (scenario.ClubThreshold > 0) yaml.IntegerField("club-threshold", scenario.ClubThreshold);

        List(yaml, "issues", scenario.Issues, issue => Issue(yaml, issue));
        List(yaml, "countries", scenario.Countries, country => CountryBlock.Write(yaml, country, scenario.Issues));
        if (!scenario.Tracks.IsEmpty) List(yaml, "tracks", scenario.Tracks, track => Track(yaml, track, scenario));
        if (!scenario.Events.IsEmpty) List(yaml, "events", scenario.Events, evt => EventBlock.Write(yaml, evt, scenario));
        yaml.EndMap();
        return yaml.ToYaml();
    }

    /// <summary>A top-level list, after a blank line.</summary>
    private static void List<T>(YamlFormatWriter yaml, string key, IEnumerable<T> items, Action<T> write)
    {
        yaml.Section();
        yaml.Key(key);
        yaml.StartList();
        foreach (var item in items) write(item);
        yaml.EndList();
    }

    private static void Issue(FormatWriter w, Issue issue)
    {
        w.StartMap();
        w.Field("id", issue.Id).Field("title", issue.Title);
        if (issue.Areas.Length > 0)
        {
            w.Key("areas");
            w.FlowList(issue.Areas);
        }
        w.Key("options");
        w.StartList();
        foreach (var option in issue.Options)
        {
            w.StartMap();
            w.Field("id", option.Id).Field("label", option.Label).Field("standard", option.Standard);
            w.EndMap();
        }
        w.EndList();
        w.EndMap();
    }

    private static void Track(FormatWriter w, Track track, Scenario scenario)
    {
        w.StartMap();
        w.Field("id", track.Id).Field("title", track.Title);
        w.Key("countries");
        w.FlowList(track.Countries.Select(c => scenario.Countries[c].Id));
        w.Key("issues");
        w.FlowList(track.Issues.Select(i => scenario.Issues[i].Id));
        w.EndMap();
    }
}
