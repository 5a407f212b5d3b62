using TechPact.Contracts.Countries;

namespace TechPact.Grains.Summits;

/// <summary>The summit's country grains: which are briefed for the table as it stands (an event that
/// changes the table briefs everyone again; a new party gets its grain) and whom each was told plays it.</summary>
internal sealed class SummitTable(IGrainFactory grains, string summitId)
{
    private readonly Dictionary<string, SeatSpec> _seated = new(StringComparer.Ordinal);
    // GetGrain resolves the interface type by reflection on every call (a fifth of a hosted sweep's CPU in a
    // trace of Orleans 10.4.2): a reference is made once per country and kept, across runs and re-briefs.
    private readonly Dictionary<string, ICountryGrain> _references = new(StringComparer.Ordinal);
    private ImmutableArray<ICountryGrain> _countries = [];
    private object? _briefedFor;

    public ICountryGrain this[int country] => _countries[country];

    /// <summary>Briefs every country unless they were briefed for this very setting.</summary>
    public async Task BriefFor(Summit summit)
    {
        if (ReferenceEquals(_briefedFor, summit.Setting)) return;
        var countries = summit.Scenario.Countries
            .Select(c => Reference(c.Id))
            .ToImmutableArray();
        await Task.WhenAll(summit.Briefs().Select((brief, i) => countries[i].Brief(brief)));
        (_countries, _briefedFor) = (countries, summit.Setting);
    }

    private ICountryGrain Reference(string countryId)
    {
        if (!_references.TryGetValue(countryId, out var country))
            _references[countryId] = country = grains.GetGrain<ICountryGrain>(CountryKey.For(summitId, countryId));
        return country;
    }

    /// <summary>Tells each country grain who plays it this round, where that changed (an agent program starts or stops).</summary>
    public Task Seat(Summit summit, Func<int, SeatSpec> seatOf, TimeSpan moveTime) =>
        Task.WhenAll(summit.Scenario.Countries.Select(async (c, i) =>
        {
            var seat = seatOf(i);
            if (_seated.TryGetValue(c.Id, out var told) ? told.Equals(seat) : !seat.IsOutside) return;
            await _countries[i].Seat(seat, moveTime);
            _seated[c.Id] = seat;
        }));

    /// <summary>Seats one country now (the AI takes a silent seat of the open round).</summary>
    public async Task SeatNow(int country, string countryId, SeatSpec seat, TimeSpan moveTime)
    {
        await _countries[country].Seat(seat, moveTime);
        _seated[countryId] = seat;
    }

    /// <summary>A country failed (its silo died, it reactivated unbriefed): brief and seat everyone again.</summary>
    public void Forget()
    {
        _briefedFor = null;
        _seated.Clear();
    }

    /// <summary>A new experiment run on the same grains: the countries are briefed afresh and keep no seat.</summary>
    public void Reset()
    {
        Forget();
        _countries = [];
    }
}
