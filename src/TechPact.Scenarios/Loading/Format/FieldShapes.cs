namespace TechPact.Scenarios.Loading.Format;

/// <summary>The shapes of ids, names and texts, with the loader's own limits (<see cref="TextRules"/>)
/// so an editor flags them too. A class of its own, holding no state, so that the format's parts
/// (<see cref="ScenarioFormat"/>, <see cref="Events.EffectKinds"/>) can use it in any order of initialisation.</summary>
internal static class FieldShapes
{
    public static TextShape Id(string description) => new(description, TextRules.IdPattern, MaxLength: InputLimits.MaxIdLength);

    public static TextShape Name(string description) => new(description, MaxLength: InputLimits.MaxNameLength);

    public static TextShape LongText(string description) => new(description, MaxLength: InputLimits.MaxTextLength);
}
