namespace TechPact.Scenarios.Loading.Model;

/// <summary>The rounds an event may be set for, and what the bounds are (for the messages).</summary>
/// <param name="Last">The deadline, or null when it is not known (then only the format's range applies).</param>
/// <param name="FirstIs">What round <paramref name="First"/> is, e.g. "the round after the fork"; null for round 1.</param>
internal sealed record EventRounds(int First, int? Last, string? FirstIs = null)
{
    public static EventRounds Until(int? deadline) => new(1, deadline);
}

/// <summary>Reads one event — round, id, title, effects — for the scenario loader (an item of
/// <c>events</c>) and for an event given as text (<see cref="Transcripts.EventSyntax"/>: an inject, the
/// events of a transcript's fork line): one reader, one set of checks and messages.</summary>
internal static class EventReader
{
    /// <summary>The event, or null when anything about it was reported; and where its id stands (for
    /// the caller's duplicate check).</summary>
    /// <param name="titleRequired">False for an inject, whose title defaults to its id.</param>
    public static (ScenarioEvent? Event, SourcePosition? IdAt) Read(YamlNode node, string label, EventRounds rounds, Agenda agenda,
        Roster roster, Values values, bool titleRequired = true)
    {
        var required = titleRequired ? ScenarioFormat.Event.RequiredKeys : [.. ScenarioFormat.Event.RequiredKeys.Where(k => k != "title")];
        if (IdentifiedMapping.Read(node, label, ScenarioFormat.Event, values, required: required) is not (var fields, var id, var context)) return (null, null);
        var round = Round(fields["round"], context, rounds, values);
        var title = values.Name(fields["title"], $"title of {context}");
        var effects = EffectsReader.Read(fields["effects"], new EffectReading(agenda, roster, values, context, round));
        if (id is null || round is null) return (null, fields["id"]?.Start);
        return (new ScenarioEvent(round.Value, id, title ?? (titleRequired ? "" : id), effects), fields["id"]!.Start);
    }

    private static int? Round(YamlNode? node, string context, EventRounds rounds, Values values)
    {
        if (values.Integer(node, IntegerRange.MaxRounds) is not { } round) return null;
        if (rounds.Last is { } deadline && round > deadline)
        {
            values.Diagnostics.Error(node!.Start,
                $"{context} is set for round {round}, after max-rounds ({deadline}); it would never fire (expected a round from {rounds.First} to {deadline})");
            return null;
        }
        if (round < rounds.First)
        {
            values.Diagnostics.Error(node!.Start,
                $"{context} is set for round {round}, before {rounds.FirstIs ?? "round " + rounds.First}; expected a round from {rounds.First}");
            return null;
        }
        return (int)round;
    }
}
