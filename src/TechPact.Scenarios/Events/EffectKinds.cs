namespace TechPact.Scenarios.Events;

/// <summary>Every kind of event effect, once: the key, the fields, how it is read and how it is written.
/// The scenario loader, an inject (<c>techpact fork --inject</c>, the instructor's console), a transcript's
/// summit-forked line and the scenario writer all go through this table; a test checks that every
/// <see cref="EventEffect"/> the engine has is in it. A new kind of effect is one entry here.</summary>
internal static class EffectKinds
{
    private static readonly Field CountryField = new("country", FieldShapes.Id("Country id."), Required: true);
    private static readonly Field IssueField = new("issue", FieldShapes.Id("Issue id."), Required: true);

    private static Field Unit(string key, string description) => new(key, new NumberShape(description, NumberRange.Unit), Required: true);

    private static readonly MappingShape RedLineShape = new("red-line-effect", "A country adds or lifts a red line.",
        [CountryField, IssueField, new("option", FieldShapes.Id("Option id."), Required: true)]);

    public static readonly IReadOnlyList<EffectKind> All =
    [
        new FieldsKind<PriorityChange>("priority",
            new("priority-effect", "The issue becomes this share of the country's concerns.",
                [CountryField, IssueField, Unit("weight", "The issue's new normalised weight, 0..1; the others shrink in proportion.")]),
            f => (f.Country(), f.Issue(), f.Unit("weight")) is ({ } c, { } i, { } w) ? new PriorityChange(c, i, w) : null,
            (w, e, s) => w.Field("country", e.Country).Field("issue", s.Issues[e.Issue].Id).Field("weight", e.Weight),
            e => e.Country),
        new FieldsKind<StrengthChange>("strength",
            new("strength-effect", "A country's strength in an area changes.",
                [CountryField, new("area", FieldShapes.Id("Area name."), Required: true), Unit("value", "New strength, 0..1.")]),
            f => (f.Country(), f.Area(), f.Unit("value")) is ({ } c, { } a, { } v) ? new StrengthChange(c, a, v) : null,
            (w, e, _) => w.Field("country", e.Country).Field("area", e.Area).Field("value", e.Strength),
            e => e.Country),
        new FieldsKind<ReservationChange>("reservation",
            new("reservation-effect", "A country's reservation value changes.", [CountryField, Unit("value", "New reservation, 0..1.")]),
            f => (f.Country(), f.Unit("value")) is ({ } c, { } v) ? new ReservationChange(c, v) : null,
            (w, e, _) => w.Field("country", e.Country).Field("value", e.Reservation),
            e => e.Country),
        new FieldsKind<RedLineAdded>("red-line", RedLineShape,
            f => RedLine(f) is ({ } c, { } i, { } o) ? new RedLineAdded(c, i, o) : null,
            (w, e, s) => WriteRedLine(w, s, e.Country, e.Issue, e.Option),
            e => e.Country),
        new FieldsKind<RedLineLifted>("lift-red-line", RedLineShape,
            f => RedLine(f) is ({ } c, { } i, { } o) ? new RedLineLifted(c, i, o) : null,
            (w, e, s) => WriteRedLine(w, s, e.Country, e.Issue, e.Option),
            e => e.Country),
        new JoinKind(),
        new LeaveKind(),
    ];

    private static readonly Dictionary<string, EffectKind> ByKey = All.ToDictionary(k => k.Key, StringComparer.Ordinal);
    private static readonly Dictionary<Type, EffectKind> ByType = All.ToDictionary(k => k.Type);

    /// <summary>The kind a key names, or null.</summary>
    public static EffectKind? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The kind of an effect; every engine effect has one (EffectKindsTests).</summary>
    public static EffectKind Of(EventEffect effect) => ByType[effect.GetType()];

    private static (string, int, int)? RedLine(EffectFields f)
    {
        var (country, issue) = (f.Country(), f.Issue());
        return (country, issue, f.Option(issue)) is ({ } c, { } i, { } o) ? (c, i, o) : null;
    }

    private static void WriteRedLine(FormatWriter w, Scenario s, string country, int issue, int option) =>
        w.Field("country", country).Field("issue", s.Issues[issue].Id).Field("option", s.Issues[issue].Options[option].Id);

    /// <summary>A country walks out of the summit: <c>- leave: { country: KR }</c>. Read against the table as the
    /// events before it leave it: the country must be there, and two must remain.</summary>
    private sealed class LeaveKind : EffectKind
    {
        private static readonly MappingShape LeaveShape = new("leave-effect",
            "A country leaves the summit: from this round its seat is empty and it is no party to the pact.", [CountryField]);

        public override string Key => "leave";
        public override Type Type => typeof(PartyLeaves);
        public override Shape Shape => LeaveShape;

        public override EventEffect? Read(YamlNode body, EffectReading reading) =>
            EffectFields.Of(body, LeaveShape, $"leave effect of {reading.Event}", reading)?.Country() is { } country
            && reading.Roster.TryLeave(country, body.Start, reading.When, reading.Values.Diagnostics)
                ? new PartyLeaves(country)
                : null;

        public override void Write(FormatWriter writer, EventEffect effect, Scenario scenario)
        {
            writer.StartMap(flow: true);
            writer.Field("country", ((PartyLeaves)effect).Country);
            writer.EndMap();
        }

        public override string Country(EventEffect effect) => ((PartyLeaves)effect).Country;
    }

    /// <summary>A new party takes its seat: the body is a country block, read and written as in <c>countries</c>.</summary>
    private sealed class JoinKind : EffectKind
    {
        public override string Key => "join";
        public override Type Type => typeof(PartyJoins);

        /// <summary>Looked up when asked for, not when the table is built: <see cref="ScenarioFormat"/> builds its
        /// effect shape from this table.</summary>
        public override Shape Shape => ScenarioFormat.Country;

        public override EventEffect? Read(YamlNode body, EffectReading reading) =>
            CountriesReader.ReadOne(body, $"joining country of {reading.Event}", reading.Agenda, reading.Roster, reading.Values) is { } profile
                ? new PartyJoins(profile)
                : null;

        public override void Write(FormatWriter writer, EventEffect effect, Scenario scenario) =>
            CountryBlock.Write(writer, ((PartyJoins)effect).Country, scenario.Issues);

        public override string Country(EventEffect effect) => ((PartyJoins)effect).Country.Id;
    }
}
