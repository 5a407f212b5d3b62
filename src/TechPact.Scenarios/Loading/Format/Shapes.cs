namespace TechPact.Scenarios.Loading.Format;

/// <summary>What a value in a scenario file may look like. <see cref="ScenarioFormat"/> builds the
/// whole format out of these; the loader takes its key sets from it and
/// <see cref="JsonSchemaGenerator"/> turns it into schema/scenario.schema.json, so the two agree.</summary>
public abstract record Shape(string Description);

public sealed record TextShape(string Description, string? Pattern = null, IReadOnlyList<string>? Choices = null, int? MaxLength = null) : Shape(Description);

public sealed record NumberShape(string Description, double Min, double Max, bool MinExclusive = false) : Shape(Description)
{
    internal NumberShape(string description, NumberRange range) : this(description, range.Min, range.Max, range.MinExclusive) { }
}

public sealed record IntegerShape(string Description, long Min, long Max) : Shape(Description)
{
    internal IntegerShape(string description, IntegerRange range) : this(description, range.Min, range.Max) { }
}

public sealed record BooleanShape(string Description) : Shape(Description);

public sealed record ListShape(string Description, Shape Items, int MinItems = 0, int? MaxItems = null) : Shape(Description);

/// <summary>A mapping whose keys are ids chosen by the author (issue ids, area names...).</summary>
public sealed record DictionaryShape(string Description, Shape Values) : Shape(Description);

/// <summary>A value that may take any of several shapes (a strategy name or a strategy mapping).</summary>
public sealed record AnyOfShape(string Description, IReadOnlyList<Shape> Alternatives) : Shape(Description);

public sealed record Field(string Key, Shape Shape, bool Required = false);

/// <summary>A mapping with a fixed set of keys; <see cref="Name"/> names its schema definition.</summary>
/// <param name="ExactlyOneKey">For tagged unions such as an event effect: one key, naming the kind.</param>
public sealed record MappingShape(string Name, string Description, IReadOnlyList<Field> Fields, bool ExactlyOneKey = false)
    : Shape(Description)
{
    public IReadOnlyList<string> Keys { get; } = [.. Fields.Select(f => f.Key)];

    public IReadOnlyList<string> RequiredKeys { get; } = [.. Fields.Where(f => f.Required).Select(f => f.Key)];
}
