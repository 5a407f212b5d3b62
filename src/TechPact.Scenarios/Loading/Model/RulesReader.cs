namespace TechPact.Scenarios.Loading.Model;

/// <summary>Reads the run settings at the top of the file, applying the documented defaults.</summary>
internal static class RulesReader
{
    public const long DefaultSeed = 1;
    public const int DefaultMaxRounds = 12;
    public const double DefaultNoise = 0.05;

    public static NegotiationRules Read(KeyedMapping top, Values values)
    {
        var seed = values.Integer(top["seed"], IntegerRange.Seed) ?? DefaultSeed;
        var maxRounds = (int)(values.Integer(top["max-rounds"], IntegerRange.MaxRounds) ?? DefaultMaxRounds);
        var noise = values.Number(top["noise"], NumberRange.Noise) ?? DefaultNoise;
        var protocol = ReadProtocol(top, values);
        return new NegotiationRules(seed, maxRounds, protocol, noise);
    }

    /// <summary>The deadline as written (or the default), or null when it was given but unreadable.</summary>
    public static int? ReadableMaxRounds(KeyedMapping top, Values values) =>
        top.Has("max-rounds")
            ? (int?)values.Integer(top["max-rounds"], IntegerRange.MaxRounds) // reported once: the bag drops repeats
            : DefaultMaxRounds;

    private static string ReadProtocol(KeyedMapping top, Values values)
    {
        var node = top["protocol"];
        if (values.Text(node, "protocol") is not { } name) return NegotiationRules.SingleNegotiatingText;
        if (ProtocolCatalog.IsKnown(name)) return name;
        var known = ProtocolCatalog.Names.ToList();
        values.Diagnostics.Error(node!.Start,
            $"unknown protocol {Describe.Quoted(name)}{DidYouMean.HintAndKnown(name, known)}");
        return name;
    }
}
