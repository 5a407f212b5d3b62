using System.Globalization;
using TechPact.Negotiation.Events;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Yaml;
using static TechPact.Scenarios.Transcripts.EventSyntax;

namespace TechPact.Scenarios.Transcripts;

/// <summary>One effect of an event, <c>{kind: {field: value, …}}</c>, checked against the table.</summary>
internal sealed class EffectReader(Scenario scenario)
{
    private static readonly string[] Kinds = ["reservation", "priority", "strength", "red-line", "lift-red-line"];

    public EventEffect Read(YamlNode node)
    {
        var map = Mapping(node, "an effect");
        if (map.Entries.Count != 1) throw Error(map, $"an effect is one of {string.Join(", ", Kinds)}, e.g. {{reservation: {{country: US, value: 0.3}}}}");
        var (kindNode, body) = map.Entries.Single();
        var kind = kindNode.Value;
        var fields = Mapping(body, $"'{kind}'");
        return kind switch
        {
            "reservation" => new ReservationChange(Country(fields), Fraction(fields, "value")),
            "priority" => new PriorityChange(Country(fields), Issue(fields), Fraction(fields, "weight")),
            "strength" => new StrengthChange(Country(fields), Area(fields), Fraction(fields, "value")),
            "red-line" => Option(fields, (c, i, o) => new RedLineAdded(c, i, o)),
            "lift-red-line" => Option(fields, (c, i, o) => new RedLineLifted(c, i, o)),
            _ => throw Error(kindNode, $"unknown effect {Describe.Quoted(kind)}{DidYouMean.HintAndKnown(kind, Kinds)}"),
        };
    }

    private string Country(YamlMap fields)
    {
        var node = Required(fields, "country");
        var id = Text(node);
        var known = scenario.Countries.Select(c => c.Id).ToList();
        return known.Contains(id) ? id : throw Error(node, $"unknown country {Describe.Quoted(id)}{DidYouMean.HintAndKnown(id, known)}");
    }

    private int Issue(YamlMap fields)
    {
        var node = Required(fields, "issue");
        var id = Text(node);
        var known = scenario.Issues.Select(i => i.Id).ToList();
        var index = known.IndexOf(id);
        return index >= 0 ? index : throw Error(node, $"unknown issue {Describe.Quoted(id)}{DidYouMean.HintAndKnown(id, known)}");
    }

    private T Option<T>(YamlMap fields, Func<string, int, int, T> make)
    {
        var country = Country(fields);
        var issue = Issue(fields);
        var node = Required(fields, "option");
        var id = Text(node);
        var known = scenario.Issues[issue].Options.Select(o => o.Id).ToList();
        var index = known.IndexOf(id);
        if (index < 0) throw Error(node, $"unknown option {Describe.Quoted(id)} of issue '{scenario.Issues[issue].Id}'{DidYouMean.HintAndKnown(id, known)}");
        return make(country, issue, index);
    }

    /// <summary>Capability areas are those the agenda's issues touch or a country claims.</summary>
    private string Area(YamlMap fields)
    {
        var node = Required(fields, "area");
        var id = Text(node);
        var known = scenario.Issues.SelectMany(i => i.Areas).Concat(scenario.Countries.SelectMany(c => c.Strengths.Keys))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return known.Contains(id) ? id : throw Error(node, $"unknown area {Describe.Quoted(id)}{DidYouMean.HintAndKnown(id, known)}");
    }

    private static double Fraction(YamlMap fields, string key)
    {
        var node = Required(fields, key);
        var text = Text(node);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            return value;
        throw Error(node, $"{key} must be a number from 0 to 1; got {Describe.Quoted(text)}");
    }
}
