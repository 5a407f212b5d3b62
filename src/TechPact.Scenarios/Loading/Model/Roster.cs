namespace TechPact.Scenarios.Loading.Model;

/// <summary>The countries seated so far, in table order, for resolving the country ids that
/// tracks and events refer to.</summary>
/// <param name="isResolvable">False when the countries section was unreadable, so references to
/// countries are not reported one by one.</param>
internal sealed class Roster(bool isResolvable = true)
{
    private readonly List<string> _ids = [];
    private readonly Dictionary<string, SourcePosition> _seatedAt = new(StringComparer.Ordinal);

    public bool IsResolvable { get; } = isResolvable;

    /// <summary>Countries that join through an event, with the round and event, so a reference
    /// made before they arrive can say when they do.</summary>
    public Dictionary<string, string> Arrivals { get; } = new(StringComparer.Ordinal);

    /// <summary>Countries that have left the summit by an event read so far (events are read in round order),
    /// with when: an effect read after that may not name them.</summary>
    private readonly Dictionary<string, string> _departures = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Ids => _ids;

    public int IndexOf(string id) => _ids.IndexOf(id);

    public SourcePosition PositionOf(string id) => _seatedAt.TryGetValue(id, out var at) ? at : SourcePosition.Start;

    /// <summary>The table of a running summit, for reading an event given as text against it: its countries,
    /// and those its own scripted events will seat later.</summary>
    /// <param name="firstRound">The round the event may first be set for: the table's own departures before it have happened.</param>
    public static Roster Of(Negotiation.Summits.Scenario table, int firstRound = 1)
    {
        var roster = new Roster();
        foreach (var country in table.Countries)
        {
            roster._ids.Add(country.Id);
            roster._seatedAt.Add(country.Id, SourcePosition.WholeFile);
        }
        foreach (var evt in table.Events)
            foreach (var joins in evt.Effects.OfType<Negotiation.Events.PartyJoins>())
                if (!roster._seatedAt.ContainsKey(joins.Country.Id))
                    roster.Arrivals.TryAdd(joins.Country.Id, $"in round {evt.Round} (event '{evt.Id}')");
        foreach (var evt in table.Events.Where(e => e.Round < firstRound))
            foreach (var country in evt.Effects.Select(e => e.Departing).OfType<string>())
                roster._departures.TryAdd(country, $"in round {evt.Round} (event '{evt.Id}')");
        return roster;
    }

    /// <summary>Records that a country leaves (its id already resolved), unless that would leave fewer than two
    /// countries at the table, which is reported.</summary>
    /// <param name="when">E.g. "in round 4 (event 'walkout')", for the messages of later references.</param>
    public bool TryLeave(string id, SourcePosition at, string when, DiagnosticBag diagnostics)
    {
        if (_ids.Count - _departures.Count <= 2)
        {
            diagnostics.Error(at, $"country '{id}' cannot leave {when}: a summit needs at least two countries at the table, and only {_ids.Count - _departures.Count - 1} would remain");
            return false;
        }
        _departures.Add(id, when);
        return true;
    }

    public bool TrySeat(string id, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (_seatedAt.TryGetValue(id, out var first))
        {
            diagnostics.Error(at, $"duplicate country id '{id}'; first defined at {first}");
            return false;
        }
        // "us" next to "US" is legal but almost always a slip for the same country.
        foreach (var (other, where) in _seatedAt)
            if (string.Equals(other, id, StringComparison.OrdinalIgnoreCase))
                diagnostics.Warning(at, $"country id '{id}' differs from '{other}' (defined at {where}) only in letter case; did you mean '{other}'?");
        _seatedAt.Add(id, at);
        _ids.Add(id);
        return true;
    }

    /// <summary>The index of a referenced country, or -1 after reporting it as unknown.</summary>
    public int Resolve(string id, SourcePosition at, string context, DiagnosticBag diagnostics)
    {
        var index = IndexOf(id);
        if (index >= 0 && _departures.TryGetValue(id, out var left))
        {
            diagnostics.Error(at, $"country '{id}' in {context} is no longer at the table: it left the summit {left}");
            return -1;
        }
        if (index < 0 && IsResolvable && Arrivals.TryGetValue(id, out var arrival))
            diagnostics.Error(at, $"country '{id}' in {context} is not at the table yet: it joins {arrival}");
        else if (index < 0 && IsResolvable)
            diagnostics.Error(at, () =>
                $"country {Describe.Quoted(id)} in {context} is not in the scenario{DidYouMean.Hint(id, _ids)} (countries: {Describe.List(_ids)})");
        return index;
    }
}
