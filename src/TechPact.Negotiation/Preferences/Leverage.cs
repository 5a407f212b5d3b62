using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Preferences;

/// <summary>How much each country's strengths count on each issue.</summary>
/// <remarks>A country's raw leverage on an issue is its mean strength over the issue's areas.
/// <see cref="Share"/> (leverage over the sum of everyone's) weights the mediator's draft, an
/// asymmetric Nash bargaining weight. <see cref="Relative"/> (leverage minus the mean) slows a
/// country's concessions where it is stronger than the room and speeds them where it is weaker.</remarks>
public sealed record Leverage(ImmutableArray<ImmutableArray<double>> Raw, ImmutableArray<ImmutableArray<double>> Share,
    ImmutableArray<ImmutableArray<double>> Relative)
{
    /// <summary>Tables indexed [country][issue].</summary>
    public static Leverage Compute(IReadOnlyList<Issue> issues, IReadOnlyList<CountryProfile> countries)
    {
        var raw = countries.Select(c => issues.Select(i =>
            i.Areas.Length == 0 ? 0.5 : i.Areas.Average(c.Strength)).ToImmutableArray()).ToImmutableArray();
        var share = new ImmutableArray<double>.Builder[countries.Count];
        var relative = new ImmutableArray<double>.Builder[countries.Count];
        for (var c = 0; c < countries.Count; c++)
        {
            share[c] = ImmutableArray.CreateBuilder<double>(issues.Count);
            relative[c] = ImmutableArray.CreateBuilder<double>(issues.Count);
        }
        for (var i = 0; i < issues.Count; i++)
        {
            var sum = 0.0;
            for (var c = 0; c < countries.Count; c++) sum += raw[c][i];
            var mean = sum / countries.Count;
            for (var c = 0; c < countries.Count; c++)
            {
                share[c].Add(sum > 0 ? raw[c][i] / sum : 1.0 / countries.Count);
                relative[c].Add(raw[c][i] - mean);
            }
        }
        return new Leverage(raw, share.Select(b => b.ToImmutable()).ToImmutableArray(),
            relative.Select(b => b.ToImmutable()).ToImmutableArray());
    }
}
