namespace TechPact.Scenarios.Events;

/// <summary>One kind of event effect, declared once (<see cref="EffectKinds"/>): its key in the event
/// syntax, the shape of what follows the key (the loader's key checks and the JSON Schema take it from
/// here), how it is read and how it is written — into a scenario file or a transcript's fork line.</summary>
internal abstract class EffectKind
{
    /// <summary>The key naming the kind, e.g. <c>priority</c> in <c>- priority: { … }</c>.</summary>
    public abstract string Key { get; }

    /// <summary>The engine record this kind reads into and writes from.</summary>
    public abstract Type Type { get; }

    public abstract Shape Shape { get; }

    /// <summary>Reads what follows the key; null after reporting what is wrong with it.</summary>
    public abstract EventEffect? Read(YamlNode body, EffectReading reading);

    /// <summary>Writes what follows the key, ids for the engine's indices into <paramref name="scenario"/>.</summary>
    public abstract void Write(FormatWriter writer, EventEffect effect, Scenario scenario);

    /// <summary>The country the effect changes; for a party joining, the party.</summary>
    public abstract string Country(EventEffect effect);
}

/// <summary>A kind whose body is a mapping of fields (country, issue, option, area, a number).</summary>
internal sealed class FieldsKind<T>(string key, MappingShape shape, Func<EffectFields, T?> read,
    Action<FormatWriter, T, Scenario> write, Func<T, string> country) : EffectKind where T : EventEffect
{
    public override string Key => key;
    public override Type Type => typeof(T);
    public override Shape Shape => shape;

    public override EventEffect? Read(YamlNode body, EffectReading reading)
    {
        var context = $"{key} effect of {reading.Event}";
        return EffectFields.Of(body, shape, context, reading) is { } fields ? read(fields) : null;
    }

    public override void Write(FormatWriter writer, EventEffect effect, Scenario scenario)
    {
        writer.StartMap(flow: true);
        write(writer, (T)effect, scenario);
        writer.EndMap();
    }

    public override string Country(EventEffect effect) => country((T)effect);
}
