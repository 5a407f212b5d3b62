using System.Collections.Immutable;
using TechPact.Negotiation.Events;
using TechPact.Scenarios.Loading.Format;
using TechPact.Scenarios.Loading.Schema;
using TechPact.Scenarios.Loading.Yaml;

namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads one event's <c>effects</c>: each a mapping with exactly one key naming its kind.</summary>
internal sealed class EffectsReader(Agenda agenda, Roster roster, string evt, Values values)
{
    private DiagnosticBag Diagnostics => values.Diagnostics;

    public ImmutableArray<EventEffect> Read(YamlNode? node)
    {
        if (values.List(node, $"effects of {evt}") is not { } list) return [];
        if (list.Items.Count == 0) Diagnostics.Error(list.Start, $"{evt} has no effects; expected at least one");
        var effects = ImmutableArray.CreateBuilder<EventEffect>();
        for (var i = 0; i < list.Items.Count; i++)
            if (ReadOne(list.Items[i], $"effect #{i + 1} of {evt}") is { } effect) effects.Add(effect);
        return effects.ToImmutable();
    }

    private EventEffect? ReadOne(YamlNode node, string context)
    {
        if (values.Map(node, context) is not { } map) return null;
        var kinds = ScenarioFormat.Effect.Keys;
        KeyedMapping.Of(map).Check(context, kinds, [], Diagnostics);
        if (map.Entries.Count != 1)
        {
            var found = map.Entries.Count == 0 ? "none" : Describe.List(map.Entries.Select(e => e.Key.Value));
            Diagnostics.Error(map.Start, $"{context} must have exactly one key naming its kind ({Describe.List(kinds)}), found {found}; write each change as its own '- ' item");
            return null;
        }
        var (key, value) = map.Entries[0];
        return key.Value switch
        {
            "priority" => Priority(value, $"priority effect of {evt}"),
            "strength" => Strength(value, $"strength effect of {evt}"),
            "reservation" => Reservation(value, $"reservation effect of {evt}"),
            "red-line" => RedLine(value, $"red-line effect of {evt}", lift: false),
            "lift-red-line" => RedLine(value, $"lift-red-line effect of {evt}", lift: true),
            "join" => Join(value),
            _ => null,
        };
    }

    private KeyedMapping? Fields(YamlNode node, MappingShape shape, string context)
    {
        if (values.Map(node, context) is not { } map) return null;
        var fields = KeyedMapping.Of(map);
        fields.Check(context, shape.Keys, shape.RequiredKeys, Diagnostics);
        return fields;
    }

    private EventEffect? Priority(YamlNode node, string context)
    {
        if (Fields(node, ScenarioFormat.PriorityEffect, context) is not { } f) return null;
        var country = Country(f["country"], context);
        var issue = Issue(f["issue"], context);
        var weight = values.Number(f["weight"], NumberRange.Unit);
        return country is null || issue < 0 || weight is null ? null : new PriorityChange(country, issue, weight.Value);
    }

    private EventEffect? Strength(YamlNode node, string context)
    {
        if (Fields(node, ScenarioFormat.StrengthEffect, context) is not { } f) return null;
        var country = Country(f["country"], context);
        var area = values.Id(f["area"], $"area of {context}");
        var strength = values.Number(f["value"], NumberRange.Unit);
        if (area is not null && agenda.IsResolvable && !agenda.Areas.Contains(area))
            Diagnostics.Warning(f["area"]!.Start, agenda.UnusedArea(area, context));
        return country is null || area is null || strength is null ? null : new StrengthChange(country, area, strength.Value);
    }

    private EventEffect? Reservation(YamlNode node, string context)
    {
        if (Fields(node, ScenarioFormat.ReservationEffect, context) is not { } f) return null;
        var country = Country(f["country"], context);
        var reservation = values.Number(f["value"], NumberRange.Unit);
        return country is null || reservation is null ? null : new ReservationChange(country, reservation.Value);
    }

    private EventEffect? RedLine(YamlNode node, string context, bool lift)
    {
        if (Fields(node, ScenarioFormat.RedLineEffect, context) is not { } f) return null;
        var country = Country(f["country"], context);
        var issue = Issue(f["issue"], context);
        var optionId = values.Text(f["option"], $"option of {context}");
        if (country is null || issue < 0 || optionId is null) return null;
        var option = agenda.Issues[issue].IndexOf(optionId);
        if (option < 0)
        {
            Diagnostics.Error(f["option"]!.Start, () => Agenda.UnknownOption(agenda.Issues[issue], optionId));
            return null;
        }
        return lift ? new RedLineLifted(country, issue, option) : new RedLineAdded(country, issue, option);
    }

    private EventEffect? Join(YamlNode node)
    {
        var profile = CountriesReader.ReadOne(node, $"joining country of {evt}", agenda, roster, values);
        return profile is null ? null : new PartyJoins(profile);
    }

    private string? Country(YamlNode? node, string context)
    {
        if (values.Text(node, $"country of {context}") is not { } id) return null;
        return roster.Resolve(id, node!.Start, context, Diagnostics) >= 0 ? id : null;
    }

    private int Issue(YamlNode? node, string context)
    {
        if (values.Text(node, $"issue of {context}") is not { } id) return -1;
        var index = agenda.IndexOf(id);
        if (index < 0 && agenda.IsResolvable) Diagnostics.Error(node!.Start, () => agenda.UnknownIssue(id));
        return index;
    }
}
