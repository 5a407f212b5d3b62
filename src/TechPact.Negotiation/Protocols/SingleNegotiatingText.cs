using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols;

/// <summary>The single negotiating text (Fisher's one-text procedure, used at Camp David;
/// Raiffa, <i>The Art and Science of Negotiation</i>, 1982): a mediator tables one full
/// package, every country answers with acceptance or the amendments it needs, and the
/// mediator revises the text.</summary>
/// <remarks>The mediator sees only what is said at the table — opening positions, amendments,
/// commitments — never a country's confidential utilities. On each issue it drafts the
/// weighted median of what the countries ask for on the issue's ladder, each ask weighted by
/// the country's leverage there and by how much it says the issue matters to it. That is
/// where strengths bend the text; the countries' concessions do the rest.</remarks>
public sealed class SingleNegotiatingText : INegotiationProtocol
{
    public string Name => Summits.NegotiationRules.SingleNegotiatingText;

    /// <summary>The first text sits at the weighted median of everyone's opening position
    /// (their favourite option on each issue).</summary>
    public Package OpeningDraft(SummitSetting setting)
    {
        var issues = setting.Scenario.Issues;
        var choices = Enumerable.Range(0, issues.Length).Select(i =>
        {
            var admissible = NashMediator.Admissible(setting, i);
            var asks = setting.Scenario.Countries.Select(c => admissible.Members().MaxBy(o => c.Values[i][o])).ToArray();
            return WeightedMedian(setting, i, asks, admissible);
        });
        return new Package([.. choices]);
    }

    /// <summary>The text moves to the weighted median of the asks, kept within what is already
    /// settled: everyone's common commitments on converged issues, else what a track agreed (a
    /// track's result feeds the summit's text), else a club's standard (offered for accession).</summary>
    public Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, RoundOutcome outcome)
    {
        var choices = Enumerable.Range(0, draft.Count).Select(i =>
        {
            var asks = moves.Select(m => m.Amendments[i] == Package.Open ? draft[i] : m.Amendments[i]).ToArray();
            return WeightedMedian(setting, i, asks, Allowed(setting, outcome, i));
        });
        return new Package([.. choices]);
    }

    private static OptionSet Allowed(SummitSetting setting, RoundOutcome outcome, int issue)
    {
        if (outcome.Settled[issue] != Package.Open) return OptionSet.Of(outcome.Settled[issue]);
        if (!outcome.Agreed[issue].IsEmpty) return outcome.Agreed[issue];
        var admissible = NashMediator.Admissible(setting, issue);
        if (!outcome.TrackAgreed[issue].Intersect(admissible).IsEmpty) return outcome.TrackAgreed[issue].Intersect(admissible);
        var club = outcome.Clubs.FirstOrDefault(c => c.Issue == issue && admissible.Contains(c.Option));
        return club is null ? admissible : OptionSet.Of(club.Option);
    }

    /// <summary>The allowed option nearest the point on the ladder where half the weight of
    /// the asks lies on either side; ties go to the lower rung so runs are reproducible.</summary>
    internal static int WeightedMedian(SummitSetting setting, int issue, IReadOnlyList<int> asks, OptionSet allowed)
    {
        var countries = setting.Scenario.Countries;
        var weights = asks.Select((_, c) => setting.Leverage.Share[c][issue] * countries[c].Weights[issue]).ToArray();
        var total = weights.Sum();
        var order = Enumerable.Range(0, asks.Count).OrderBy(c => asks[c]).ToArray();
        var cumulative = 0.0;
        var median = asks[order[^1]];
        foreach (var c in order)
        {
            cumulative += total > 0 ? weights[c] : 1.0;
            if (cumulative >= (total > 0 ? total : asks.Count) / 2 - 1e-12) { median = asks[c]; break; }
        }
        return allowed.Members().OrderBy(o => Math.Abs(o - median)).ThenBy(o => o).First();
    }
}
