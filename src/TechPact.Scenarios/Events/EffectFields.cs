namespace TechPact.Scenarios.Events;

/// <summary>The fields of one effect, read into the engine's terms: a country at the table, an issue's
/// index, an option's index, an area, a number from 0 to 1. Each reports what it found against what was
/// expected (with a did-you-mean for ids) and returns null when it cannot be read.</summary>
internal sealed class EffectFields
{
    private readonly KeyedMapping _fields;
    private readonly string _context;
    private readonly EffectReading _reading;

    private EffectFields(KeyedMapping fields, string context, EffectReading reading)
    {
        _fields = fields;
        _context = context;
        _reading = reading;
    }

    private Values Values => _reading.Values;

    /// <summary>The body as fields checked against <paramref name="shape"/>'s keys; null when it is no mapping.</summary>
    public static EffectFields? Of(YamlNode body, MappingShape shape, string context, EffectReading reading)
    {
        if (reading.Values.Map(body, context) is not { } map) return null;
        var fields = KeyedMapping.Of(map);
        fields.Check(context, shape.Keys, shape.RequiredKeys, reading.Values.Diagnostics);
        return new EffectFields(fields, context, reading);
    }

    public string? Country()
    {
        var node = _fields["country"];
        if (Values.Text(node, $"country of {_context}") is not { } id) return null;
        return _reading.Roster.Resolve(id, node!.Start, _context, Values.Diagnostics) >= 0 ? id : null;
    }

    public int? Issue()
    {
        var node = _fields["issue"];
        if (Values.Text(node, $"issue of {_context}") is not { } id) return null;
        var agenda = _reading.Agenda;
        var index = agenda.IndexOf(id);
        if (index < 0 && agenda.IsResolvable) Values.Diagnostics.Error(node!.Start, () => agenda.UnknownIssue(id));
        return index < 0 ? null : index;
    }

    /// <summary>An option of <paramref name="issue"/> (read, and reported if missing, even when the issue is unknown).</summary>
    public int? Option(int? issue)
    {
        var node = _fields["option"];
        if (Values.Text(node, $"option of {_context}") is not { } id || issue is not { } i) return null;
        var index = _reading.Agenda.Issues[i].IndexOf(id);
        if (index < 0) Values.Diagnostics.Error(node!.Start, () => Agenda.UnknownOption(_reading.Agenda.Issues[i], id));
        return index < 0 ? null : index;
    }

    /// <summary>A capability area; one no issue lists is allowed (it gives no leverage) with a warning.</summary>
    public string? Area()
    {
        var node = _fields["area"];
        if (Values.Id(node, $"area of {_context}") is not { } area) return null;
        var agenda = _reading.Agenda;
        if (agenda.IsResolvable && !agenda.Areas.Contains(area)) Values.Diagnostics.Warning(node!.Start, agenda.UnusedArea(area, _context));
        return area;
    }

    public double? Unit(string key) => Values.Number(_fields[key], NumberRange.Unit);
}
