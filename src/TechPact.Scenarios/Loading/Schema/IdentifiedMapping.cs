namespace TechPact.Scenarios.Loading.Schema;

/// <summary>An item of a list whose entries are named by an <c>id</c> key (a country, an issue, an
/// option, a track, an event), read the same way for each: its id, the name messages give it (the
/// id once it could be read, else the item's place, "issue #3"), and its keys checked against its shape.</summary>
internal sealed record IdentifiedMapping(KeyedMapping Fields, string? Id, string Context)
{
    /// <param name="label">How messages name the item until its id is known, e.g. "option #2 of issue 'x'".</param>
    /// <param name="scope">What follows the name once the id is known, e.g. " of issue 'x'" for an option.</param>
    /// <param name="required">The keys it must have, when not the shape's own (an inject may leave out its title).</param>
    /// <returns>Null when the item is not a mapping (reported).</returns>
    public static IdentifiedMapping? Read(YamlNode node, string label, MappingShape shape, Values values,
        string scope = "", IReadOnlyList<string>? required = null)
    {
        if (values.Map(node, label) is not { } map) return null;
        var fields = KeyedMapping.Of(map);
        var id = values.Id(fields["id"], $"id of {label}");
        var context = id is null ? label : $"{shape.Name} '{id}'{scope}";
        fields.Check(context, shape.Keys, required ?? shape.RequiredKeys, values.Diagnostics);
        return new(fields, id, context);
    }
}
