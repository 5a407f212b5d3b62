using TechPact.Negotiation.Negotiators.Acceptance;

namespace TechPact.Scenarios.Loading.Format;

/// <summary>The scenario format, once: every mapping, its keys, which are required, and the
/// type and range of each value. The readers check keys against these mappings and the JSON
/// Schema is generated from them, so adding a key here is the only way to add it to either.</summary>
public static class ScenarioFormat
{
    public const int MaxIssues = 64;
    public const string IdPattern = "^[a-z0-9-]+$";

    private static readonly NumberShape Unit = new("0..1", NumberRange.Unit);

    private static TextShape Id(string description) => FieldShapes.Id(description);
    private static TextShape Name(string description) => FieldShapes.Name(description);
    private static TextShape LongText(string description) => FieldShapes.LongText(description);

    public static readonly MappingShape Option = new("option", "One rung of an issue's ladder.",
    [
        new("id", Id("Unique within the issue."), Required: true),
        new("label", Name("Short name shown in tables."), Required: true),
        new("standard", LongText("The text this option puts into the pact."), Required: true),
    ]);

    public static readonly MappingShape Issue = new("issue", "An agenda item: a ladder of options from most closed to most open.",
    [
        new("id", Id("Unique among issues."), Required: true),
        new("title", Name("Shown in tables and the pact."), Required: true),
        new("areas", new ListShape("Capability areas this issue touches; strengths in them become leverage.", Id("Area name."))),
        new("options", new ListShape("2..64 options, most closed first.", Option, 2, Negotiation.Outcomes.Issue.MaxOptions), Required: true),
    ]);

    public static readonly MappingShape Acceptance = new("acceptance", "An acceptance strategy with the time after which its time-based part applies.",
    [
        new("name", AcceptanceName, Required: true),
        new("time", new NumberShape("T, the fraction of the deadline (0..1) after which ac-time accepts and ac-combi also takes the best recent offer (default 0.9).", NumberRange.Unit)),
    ]);

    public static readonly MappingShape Strategy = new("strategy", "A named strategy with its parts set: concession exponent, acceptance strategy, opponent model.",
    [
        new("name", StrategyName, Required: true),
        new("exponent", new NumberShape("Concession exponent e (> 0, at most 100): < 1 concedes late, > 1 early.", NumberRange.Exponent)),
        new("acceptance", new AnyOfShape("When to accept the text or offer (default ac-next).", [AcceptanceName, Acceptance])),
        new("opponent-model", new TextShape("How it estimates the others from what they say (default frequency).", Choices: [.. OpponentModels.Names])),
    ]);

    private static TextShape StrategyName => new("Concession strategy.", Choices: [.. StrategyCatalog.Names.Order(StringComparer.Ordinal)]);

    private static TextShape AcceptanceName => new("Acceptance strategy (Baarslag et al. 2014).", Choices: [.. AcceptanceCatalog.Names.Order(StringComparer.Ordinal)]);

    public static readonly MappingShape Country = new("country", "A party at the table and its confidential brief.",
    [
        new("id", Id("Unique among countries, e.g. US."), Required: true),
        new("name", Name("Full name."), Required: true),
        new("strengths", new DictionaryShape("Capability area -> 0..1; areas not named count 0.", Unit)),
        new("priorities", new DictionaryShape("Issue id -> weight >= 0, every issue; normalised to sum 1.", new NumberShape("Weight >= 0.", NumberRange.Weight)), Required: true),
        new("positions", new DictionaryShape("Issue id -> (option id -> value 0..1), every issue and option.", new DictionaryShape("Option id -> value 0..1.", Unit)), Required: true),
        new("red-lines", new DictionaryShape("Issue id -> options this country can never accept.", new ListShape("Option ids.", Id("Option id.")))),
        new("reservation", new NumberShape("Utility of no agreement (BATNA), 0..1.", NumberRange.Unit), Required: true),
        new("discount", new NumberShape("Discount factor d in (0, 1] (default 1): a pact reached at round t of T is worth u·d^(t/T), as GENIUS discounts.", NumberRange.Discount)),
        new("strategy", new AnyOfShape("Default boulware.", [StrategyName, Strategy])),
    ]);

    public static readonly MappingShape Track = new("track", "Some countries negotiate some issues among themselves; what they agree feeds the draft.",
    [
        new("id", Id("Unique among tracks."), Required: true),
        new("title", Name("Shown in the transcript."), Required: true),
        new("countries", new ListShape("At least 2 country ids.", Id("Country id."), 2), Required: true),
        new("issues", new ListShape("At least 1 issue id.", Id("Issue id."), 1), Required: true),
    ]);

    /// <summary>One change an event makes: the kinds are declared once, in <see cref="EffectKinds"/>, with
    /// how each is read and written. Built after <see cref="Country"/>, which a joining party's shape is.</summary>
    public static readonly MappingShape Effect = new("effect", "One change an event makes: a mapping with exactly one of these keys.",
        [.. EffectKinds.All.Select(kind => new Field(kind.Key, kind.Shape))], ExactlyOneKey: true);

    public static readonly MappingShape Event = new("event", "A scripted inject at the start of a round.",
    [
        new("round", new IntegerShape("Round (1..max-rounds) at whose start it fires.", IntegerRange.MaxRounds), Required: true),
        new("id", Id("Unique among events."), Required: true),
        new("title", Name("Shown in the transcript."), Required: true),
        new("effects", new ListShape("What changes.", Effect, 1), Required: true),
    ]);

    public static readonly MappingShape Scenario = new("scenario", "A TechPact Orleans negotiation scenario.",
    [
        new("id", new TextShape("Lowercase letters, digits and '-'.", IdPattern, MaxLength: InputLimits.MaxIdLength), Required: true),
        new("title", Name("Shown in reports."), Required: true),
        new("description", LongText("Free text for readers.")),
        new("seed", new IntegerShape("Default seed (integer; default 1).", IntegerRange.Seed)),
        new("max-rounds", new IntegerShape("Deadline in rounds, 1..1000 (default 12).", IntegerRange.MaxRounds)),
        new("protocol", new TextShape("Negotiation protocol (default single-negotiating-text).", Choices: [.. ProtocolCatalog.Names.Order(StringComparer.Ordinal)])),
        new("noise", new NumberShape("Seeded jitter on each country's clock, 0..0.5 (default 0.05).", NumberRange.Noise)),
        new("logrolling", new BooleanShape("Whether the mediator brokers trades across issues (default false).")),
        new("club-threshold", new IntegerShape("Countries committed to one option that form a standards club: 2..countries; 0 or absent = no clubs.", IntegerRange.ClubThreshold)),
        new("issues", new ListShape("1..64 issues.", Issue, 1, MaxIssues), Required: true),
        new("countries", new ListShape("At least 2 countries.", Country, 2), Required: true),
        new("tracks", new ListShape("Bilateral or small plurilateral tracks.", Track)),
        new("events", new ListShape("Scripted injects, by round.", Event)),
    ]);
}
