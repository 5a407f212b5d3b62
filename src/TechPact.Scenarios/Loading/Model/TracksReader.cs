namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads <c>tracks</c>: each names countries and issues by id; the engine takes indices.</summary>
/// <remarks>Only countries seated from the start may be on a track: the track is set when the
/// summit opens, before any party joins through an event.</remarks>
internal static class TracksReader
{
    public static ImmutableArray<Track> Read(YamlNode? node, Agenda agenda, Roster roster, Values values)
    {
        if (values.List(node, "tracks") is not { } list) return [];
        var tracks = ImmutableArray.CreateBuilder<Track>();
        var ids = new UniqueIds("track");
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (IdentifiedMapping.Read(list.Items[i], $"track #{i + 1}", ScenarioFormat.Track, values) is not (var fields, var id, var context)) continue;
            var title = values.Name(fields["title"], $"title of {context}");
            var countries = Countries(fields["countries"], context, roster, values);
            var issues = Issues(fields["issues"], context, agenda, values);
            if (id is null || !ids.Add(id, fields["id"]!.Start, values.Diagnostics)) continue;
            tracks.Add(new Track(id, title ?? "", countries, issues));
        }
        return tracks.ToImmutable();
    }

    private static ImmutableArray<int> Countries(YamlNode? node, string context, Roster roster, Values values)
    {
        if (values.List(node, $"countries of {context}") is not { } list) return [];
        var indices = References(list, "country", context, values,
            (id, at) => roster.Resolve(id, at, context, values.Diagnostics));
        if (list.Items.Count < 2)
            values.Diagnostics.Error(list.Start, $"{context} has {list.Items.Count} country; a track needs at least 2");
        return indices;
    }

    private static ImmutableArray<int> Issues(YamlNode? node, string context, Agenda agenda, Values values)
    {
        if (values.List(node, $"issues of {context}") is not { } list) return [];
        if (list.Items.Count == 0) values.Diagnostics.Error(list.Start, $"{context} has no issues; expected at least 1 issue id");
        return References(list, "issue", context, values, (id, at) =>
        {
            var index = agenda.IndexOf(id);
            if (index < 0 && agenda.IsResolvable) values.Diagnostics.Error(at, () => agenda.UnknownIssue(id));
            return index;
        });
    }

    /// <summary>Resolves each listed id once; a repeat is reported at the repeat.</summary>
    private static ImmutableArray<int> References(YamlList list, string kind, string context, Values values, Func<string, SourcePosition, int> resolve)
    {
        var indices = ImmutableArray.CreateBuilder<int>();
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (values.Text(item, $"{kind} of {context}") is not { } id) continue;
            if (!seen.TryAdd(id, item.Start))
            {
                values.Diagnostics.Error(item.Start, $"{kind} '{id}' is listed twice in {context}; first at {seen[id]}");
                continue;
            }
            if (resolve(id, item.Start) is var index and >= 0) indices.Add(index);
        }
        return indices.ToImmutable();
    }
}
