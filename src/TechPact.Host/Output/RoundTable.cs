namespace TechPact.Host.Output;

/// <summary>One row per round: each country's utility for the draft it answered and whether it
/// accepted ("left" once it walked out), and which issues have converged. A table of more than <see cref="MaxCountryColumns"/>
/// countries gets a column per figure instead of per country (how many accept, the lowest, median and
/// highest utility): 193 columns fit no terminal, and laying them out cost seconds.</summary>
public sealed class RoundTable
{
    public const int MaxCountryColumns = 12;

    private readonly Scenario _scenario;
    private readonly Table _table = new();
    private readonly bool _withSeats;
    private readonly bool _summary;

    /// <param name="withSeats">Add a column saying which seats the AI played that round, and why.</param>
    public RoundTable(Scenario scenario, bool withSeats = false)
    {
        _withSeats = withSeats;
        _scenario = scenario;
        var joining = scenario.Events.SelectMany(e => e.Effects).OfType<TechPact.Negotiation.Events.PartyJoins>().ToList();
        _summary = scenario.Countries.Length + joining.Count > MaxCountryColumns;
        _table.Title = new TableTitle(TerminalText.Markup(scenario.Title));
        _table.AddColumn(new TableColumn("Round").RightAligned());
        if (_summary)
        {
            _table.AddColumn(new TableColumn("Accepting").RightAligned());
            foreach (var figure in new[] { "Lowest utility", "Median", "Highest" }) _table.AddColumn(new TableColumn(figure).RightAligned());
            _table.Caption = new TableTitle($"{scenario.Countries.Length + joining.Count} countries: each one's utility, round by round, is in transcript.jsonl (--out)");
        }
        else
        {
            foreach (var country in scenario.Countries) _table.AddColumn(new TableColumn(TerminalText.Markup(country.Id)).RightAligned());
            // A party joining through an event gets its column from the start, empty until it sits.
            foreach (var joins in joining) _table.AddColumn(new TableColumn(TerminalText.Markup(joins.Country.Id)).RightAligned());
        }
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
        if (_summary) cells.AddRange(Summary(round));
        else
            cells.AddRange(round.Countries.Select(c => c.Left ? "[grey]left[/]" :
                c.DraftUtility.ToString("0.000", CultureInfo.InvariantCulture) + (c.Accepts ? " [green]✓[/]" : " [red]✗[/]")));
        while (cells.Count < _table.Columns.Count - (_withSeats ? 2 : 1)) cells.Add("");
        cells.Add($"{round.ConvergedIssues.Length}/{_scenario.Issues.Length} {TerminalText.Markup(string.Join(", ", round.ConvergedIssues))}");
        if (_withSeats) cells.Add(TerminalText.Markup(SeatConsole.Notes(round.SeatLines)));
        _table.AddRow(cells.ToArray());
    }

    /// <summary>How many of the seated countries accept the draft, and the lowest, median and highest utility
    /// of it among them (with who has the extremes); a country that walked out is in none of the figures.</summary>
    private static IEnumerable<string> Summary(RoundView round)
    {
        var countries = round.Countries.IsDefault ? [] : round.Countries.Where(c => !c.Left).ToList();
        if (countries.Count == 0) return ["", "", "", ""];
        var sorted = countries.OrderBy(c => c.DraftUtility).ToList();
        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid].DraftUtility : (sorted[mid - 1].DraftUtility + sorted[mid].DraftUtility) / 2;
        string Of(CountryStanding c) => $"{c.DraftUtility.ToString("0.000", CultureInfo.InvariantCulture)} {TerminalText.Markup(c.CountryId)}";
        var accepting = countries.Count(c => c.Accepts);
        return [$"{accepting}/{countries.Count} {(accepting == countries.Count ? "[green]✓[/]" : "")}", Of(sorted[0]),
            median.ToString("0.000", CultureInfo.InvariantCulture), Of(sorted[^1])];
    }
}
