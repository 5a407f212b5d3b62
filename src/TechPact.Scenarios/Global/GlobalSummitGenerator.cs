using TechPact.Negotiation.Randomness;

namespace TechPact.Scenarios.Global;

/// <summary>Generates the 193-country summit: every UN member at one table, twelve issues,
/// regional blocs as tracks, standards clubs at a simple majority, and logrolling. Pure and
/// seeded: the same seed gives the same scenario.</summary>
/// <remarks>Preferences are synthetic, not anybody's stated position: each country leans on
/// each ladder by the issue's baseline, its technological capacity and its mineral endowment,
/// a regional shift, and seeded noise; its favourite rung is worth 1 and values fall with
/// distance. Numbers are rounded to two decimals so the YAML stays readable.</remarks>
public static class GlobalSummitGenerator
{
    public const long DefaultSeed = 193;

    /// <summary>Countries with a large technology sector (0..1); the rest take a regional default.</summary>
    private static readonly Dictionary<string, double> Capacity = new(StringComparer.Ordinal)
    {
        ["US"] = 0.95, ["CN"] = 0.9, ["JP"] = 0.8, ["KR"] = 0.8, ["DE"] = 0.75, ["GB"] = 0.75, ["FR"] = 0.7,
        ["IL"] = 0.7, ["NL"] = 0.7, ["SG"] = 0.7, ["IN"] = 0.65, ["CA"] = 0.65, ["SE"] = 0.65, ["FI"] = 0.65,
        ["CH"] = 0.65, ["RU"] = 0.6, ["AU"] = 0.6, ["IT"] = 0.55, ["ES"] = 0.5, ["AE"] = 0.5, ["IE"] = 0.55,
        ["SA"] = 0.45, ["BR"] = 0.45, ["MY"] = 0.45, ["EE"] = 0.55, ["DK"] = 0.55, ["NO"] = 0.5, ["AT"] = 0.5,
        ["BE"] = 0.5, ["TR"] = 0.45, ["MX"] = 0.4, ["VN"] = 0.4, ["TH"] = 0.4, ["ID"] = 0.35, ["ZA"] = 0.35,
    };

    private static readonly HashSet<string> MineralRich = new(StringComparer.Ordinal)
    {
        "CD", "CL", "AU", "ZA", "ID", "CN", "PE", "BO", "AR", "ZM", "ZW", "GN", "BR", "KZ", "PH", "MG", "NA", "MZ",
        "CA", "RU", "US", "MN", "GA",
    };

    /// <param name="countries">Fewer than 193 seats an evenly spaced subset (for scaling
    /// benchmarks); each country's preferences are the same whatever the subset.</param>
    public static Scenario Generate(long seed = DefaultSeed, int maxRounds = 30, int countries = 193)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(countries, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(countries, UnMembers.All.Count);
        var members = Enumerable.Range(0, countries).Select(k => UnMembers.All[k * UnMembers.All.Count / countries]).ToArray();
        var index = members.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var issues = GlobalAgenda.Issues.Select(g => g.Issue).ToImmutableArray();
        var issueIndex = issues.Select((issue, i) => (issue.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var profiles = members.Select(m => Country(m, DeterministicRandom.For(seed, "global:" + m.Code, 0))).ToImmutableArray();
        var tracks = RegionalBlocs.All
            .Select(b => new Track(b.Id, b.Title, [.. b.Members.Where(index.ContainsKey).Select(code => index[code])],
                [.. b.Issues.Select(id => issueIndex[id])]))
            .Where(t => t.Countries.Length >= 2).ToImmutableArray();
        return new Scenario("global-ai-standards", $"Global AI and technology standards summit ({countries} UN members)",
            issues, profiles, new NegotiationRules(seed, maxRounds, NegotiationRules.SingleNegotiatingText, 0.05))
        {
            Tracks = tracks,
            ClubThreshold = members.Length / 2 + 1,
            Logrolling = true,
        };
    }

    private static CountryProfile Country(UnMember member, DeterministicRandom random)
    {
        var capacity = Capacity.TryGetValue(member.Code, out var known) ? known : RegionalCapacity(member.Region);
        var minerals = MineralRich.Contains(member.Code) ? 0.8 : 0.1;
        var strengths = GlobalAgenda.Areas.ToDictionary(a => a,
            a => Round(Math.Clamp((a == "critical-minerals" ? minerals : capacity) + 0.2 * (random.NextDouble() - 0.5), 0.02, 1.0)));
        var priorities = GlobalAgenda.Issues.Select(_ => (double)(1 + random.NextInt(9))).ToArray();
        var positions = GlobalAgenda.Issues.Select(g =>
        {
            var lean = g.Openness + g.CapacityTilt * (capacity - 0.3) + g.MineralTilt * (minerals - 0.1)
                       + RegionalShift(member.Region) + 0.3 * (random.NextDouble() - 0.5);
            return Ladder(g.Issue.Options.Length, Math.Clamp(lean, 0.0, 1.0));
        }).ToArray();
        var reservation = Round(0.3 + 0.15 * random.NextDouble());
        var strategy = random.NextInt(4) switch { 0 => StrategySpec.Boulware, 3 => StrategySpec.Conceder, _ => StrategySpec.Linear };
        var redLines = positions.Select(_ => OptionSet.Empty).ToArray();
        return CountryProfile.Create(member.Code, member.Name, strengths, priorities, positions, redLines, reservation, strategy);
    }

    /// <summary>Values on a ladder: 1 at the rung nearest the lean, falling by 0.35 a rung-width, floored at 0.05.</summary>
    private static IReadOnlyList<double> Ladder(int options, double lean)
    {
        var raw = Enumerable.Range(0, options).Select(o => Math.Max(0.05, 1 - 1.05 * Math.Abs(o / (double)(options - 1) - lean))).ToArray();
        var max = raw.Max();
        return raw.Select(v => Round(v / max)).ToArray();
    }

    private static double RegionalCapacity(Region region) => region switch
    {
        Region.Europe => 0.4, Region.Asia => 0.25, Region.MiddleEast => 0.3, Region.Americas => 0.2,
        Region.Oceania => 0.15, _ => 0.12,
    };

    /// <summary>A mild regional lean (regions differ on openness overall, not issue by issue).</summary>
    private static double RegionalShift(Region region) => region switch
    {
        Region.Europe => -0.05, Region.Americas => 0.05, Region.Africa => 0.05, Region.MiddleEast => -0.05, _ => 0.0,
    };

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.ToEven);
}
