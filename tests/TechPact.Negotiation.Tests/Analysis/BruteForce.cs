using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Tests.Analysis;

/// <summary>A deliberately naive reference: recursion over packages, Utility.Of on each, pairwise
/// dominance with a tolerance. Written independently of the analyzer to cross-check it.</summary>
internal static class BruteForce
{
    public static List<(Package Package, double[] Utilities)> All(Scenario scenario)
    {
        var all = new List<(Package, double[])>();
        void Walk(ImmutableArray<int> prefix)
        {
            if (prefix.Length == scenario.Issues.Length)
            {
                var p = new Package(prefix);
                all.Add((p, scenario.Countries.Select(c => Utility.Of(c, p)).ToArray()));
                return;
            }
            for (var o = 0; o < scenario.Issues[prefix.Length].Options.Length; o++) Walk(prefix.Add(o));
        }
        Walk([]);
        return all;
    }

    public static HashSet<Package> Pareto(List<(Package Package, double[] Utilities)> all) =>
        all.Where(x => !all.Any(y => Dominates(y.Utilities, x.Utilities))).Select(x => x.Package).ToHashSet();

    private static bool Dominates(double[] a, double[] b) =>
        a.Zip(b).All(p => p.First >= p.Second - 1e-9) && a.Zip(b).Any(p => p.First > p.Second + 1e-9);

    public static double BestNashProduct(Scenario scenario, List<(Package Package, double[] Utilities)> all) =>
        all.Where(x => x.Utilities.Select((u, c) => u >= scenario.Countries[c].Reservation).All(ok => ok))
            .Select(x => x.Utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b))
            .DefaultIfEmpty(double.NaN).Max();
}
