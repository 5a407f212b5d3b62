namespace TechPact.Scenarios.Writing;

/// <summary>A new scenario on an existing one's agenda (`techpact new --from`): same issues, the
/// countries asked for. Countries the source has keep their briefs; new ones get a neutral brief
/// (every issue equal, indifferent between options, reservation 0) for the author to fill in.</summary>
public static class DerivedScenario
{
    public static Scenario From(Scenario source, string id, string title, IReadOnlyList<string>? countryIds)
    {
        var ids = countryIds ?? [.. source.Countries.Select(c => c.Id)];
        var countries = ids.Select(c => source.Countries.FirstOrDefault(p => p.Id == c) ?? Neutral(c, source.Issues)).ToImmutableArray();
        var index = ids.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        int? Remap(int c) => index.TryGetValue(source.Countries[c].Id, out var i) ? i : null;

        var tracks = source.Tracks
            .Select(t => t with { Countries = [.. t.Countries.Select(Remap).OfType<int>()] })
            .Where(t => t.Countries.Length >= 2)
            .ToImmutableArray();
        var joiners = source.Events.SelectMany(e => e.Effects).OfType<PartyJoins>().Select(j => j.Country.Id).ToHashSet(StringComparer.Ordinal);
        var present = ids.Concat(joiners.Except(ids)).ToHashSet(StringComparer.Ordinal);
        var events = source.Events
            .Select(e => e with { Effects = [.. e.Effects.Where(effect => Keeps(effect, present, ids))] })
            .Where(e => e.Effects.Length > 0)
            .ToImmutableArray();
        var seats = countries.Length + events.SelectMany(e => e.Effects).OfType<PartyJoins>().Count();
        return source with
        {
            Id = id,
            Title = title,
            Countries = countries,
            Tracks = tracks,
            Events = events,
            ClubThreshold = source.ClubThreshold == 0 ? 0 : Math.Clamp(source.ClubThreshold, 2, seats),
        };
    }

    /// <summary>Effects on countries left out go; so does a joining party already seated.</summary>
    private static bool Keeps(EventEffect effect, HashSet<string> present, IReadOnlyList<string> seated) => effect is PartyJoins j
        ? !seated.Contains(j.Country.Id)
        : present.Contains(EffectKinds.Of(effect).Country(effect));

    public static CountryProfile Neutral(string id, ImmutableArray<Issue> issues) =>
        CountryProfile.Create(id, StarterScenario.NameOf(id), new Dictionary<string, double>(),
            [.. issues.Select(_ => 1.0)],
            [.. issues.Select(i => (IReadOnlyList<double>)[.. i.Options.Select(_ => 1.0)])],
            [.. issues.Select(_ => OptionSet.Empty)], 0, StrategySpec.Linear);
}
