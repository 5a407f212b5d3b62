using TechPact.Scenarios.Loading.Text;
using YamlDotNet.Core;

namespace TechPact.Scenarios.Transcripts;

/// <summary>One event given as text, in the scenario file's event syntax:
/// <c>{round: 5, id: gallium, title: "…", effects: [{reservation: {country: US, value: 0.3}}, …]}</c>, with
/// every kind of effect a scenario file has (a party may join too). It is read by the scenario loader's
/// own event reader (<see cref="EventReader"/>) against the table as it stands, so the checks and the
/// messages (file:line:col, what was found against what was expected, did-you-mean) are the loader's;
/// the title may be left out (it is then the id).</summary>
/// <remarks>Used for <c>techpact fork --inject</c>, the instructor console's inject, and the events of
/// a transcript's summit-forked line (JSON is YAML's flow style). The text goes through the loader's
/// screening and tree builder, so it meets the same limits (<see cref="InputLimits"/>): a 50,000-deep
/// nesting is refused at level 64 instead of overflowing the stack.</remarks>
public static class EventSyntax
{
    /// <summary>The event, or <see cref="EventSyntaxException"/> with every problem found.</summary>
    /// <param name="table">The summit as it stands where the event goes in: its countries and agenda.</param>
    /// <param name="firstRound">The earliest round it may be set for (the round after a fork).</param>
    /// <param name="source">How messages name the text, e.g. "--inject".</param>
    public static ScenarioEvent Parse(string text, Scenario table, int firstRound, string source = "event")
    {
        var (evt, diagnostics) = Read(text, table, firstRound, source);
        return evt ?? throw new EventSyntaxException(diagnostics);
    }

    /// <summary>The event (null when there are errors) and every diagnostic, warnings included.</summary>
    public static (ScenarioEvent? Event, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, Scenario table, int firstRound,
        string source = "event")
    {
        var diagnostics = new DiagnosticBag(source);
        if (Tree(text, diagnostics) is not { } root) return (null, diagnostics.ToList());
        var rounds = new EventRounds(firstRound, null, firstRound > 1 ? $"the round after the fork ({firstRound})" : null);
        var (evt, _) = EventReader.Read(root, "the event", rounds, new Agenda(table.Issues), Roster.Of(table, firstRound), new Values(diagnostics),
            titleRequired: false);
        return (diagnostics.HasErrors ? null : evt, diagnostics.ToList());
    }

    /// <summary>The text's one document, built under the scenario loader's limits; null after an error.</summary>
    private static YamlNode? Tree(string text, DiagnosticBag diagnostics)
    {
        if (text.Length > InputLimits.MaxEventBytes || Encoding.UTF8.GetByteCount(text) > InputLimits.MaxEventBytes)
        {
            diagnostics.Error(SourcePosition.Start, $"the event's text is longer than {BoundedFile.Limit(InputLimits.MaxEventBytes)}; an event is a few lines");
            return null;
        }
        if (!CharacterScreening.AllCharactersAllowed(text, diagnostics)) return null;
        var tab = CharacterScreening.FirstIndentationTab(text);
        return new YamlTreeBuilder(diagnostics, tab, YamlDocumentKind.Event).Build(new Parser(new StringReader(text)));
    }
}

/// <summary>An event's text that does not read: every problem, each at a 1-based line and column of
/// that text; <see cref="Line"/>, <see cref="Column"/> and the message are the first error's.</summary>
public sealed class EventSyntaxException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(First(diagnostics).Message)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
    public int Line { get; } = Math.Max(1, First(diagnostics).Line);
    public int Column { get; } = Math.Max(1, First(diagnostics).Column);

    private static Diagnostic First(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? diagnostics[0];
}
