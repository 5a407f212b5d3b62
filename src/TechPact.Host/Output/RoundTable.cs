using System.Globalization;
using Spectre.Console;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Output;

/// <summary>One row per round: each country's utility for the draft it answered and whether it
/// accepted, and which issues have converged.</summary>
public sealed class RoundTable
{
    private readonly Scenario _scenario;
    private readonly Table _table = new();
    private readonly bool _withSeats;

    /// <param name="withSeats">Add a column saying which seats the AI played that round, and why.</param>
    public RoundTable(Scenario scenario, bool withSeats = false)
    {
        _withSeats = withSeats;
        _scenario = scenario;
        _table.Title = new TableTitle(TerminalText.Markup(scenario.Title));
        _table.AddColumn(new TableColumn("Round").RightAligned());
        foreach (var country in scenario.Countries) _table.AddColumn(new TableColumn(TerminalText.Markup(country.Id)).RightAligned());
        // A party joining through an event gets its column from the start, empty until it sits.
        foreach (var joins in scenario.Events.SelectMany(e => e.Effects).OfType<TechPact.Negotiation.Events.PartyJoins>())
            _table.AddColumn(new TableColumn(TerminalText.Markup(joins.Country.Id)).RightAligned());
        _table.AddColumn("Converged");
        if (withSeats) _table.AddColumn("Seats");
    }

    /// <summary>Runs <paramref name="run"/>, adding a row for every round it reports: redrawn in
    /// place on a terminal, printed once at the end elsewhere.</summary>
    public async Task<T> ShowAsync<T>(IAnsiConsole console, bool live, Func<Action<RoundView>, Task<T>> run)
    {
        if (!live)
        {
            var result = await run(Add);
            console.Write(_table);
            return result;
        }
        return await console.Live(_table).StartAsync(context => run(round =>
        {
            Add(round);
            context.Refresh();
        }));
    }

    public void Add(RoundView round)
    {
        var cells = new List<string> { round.Round.ToString(CultureInfo.InvariantCulture) };
        cells.AddRange(round.Countries.Select(c =>
            c.DraftUtility.ToString("0.000", CultureInfo.InvariantCulture) + (c.Accepts ? " [green]✓[/]" : " [red]✗[/]")));
        while (cells.Count < _table.Columns.Count - (_withSeats ? 2 : 1)) cells.Add("");
        cells.Add($"{round.ConvergedIssues.Length}/{_scenario.Issues.Length} {TerminalText.Markup(string.Join(", ", round.ConvergedIssues))}");
        if (_withSeats) cells.Add(TerminalText.Markup(SeatConsole.Notes(round.SeatLines)));
        _table.AddRow(cells.ToArray());
    }
}
