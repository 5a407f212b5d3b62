using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;

namespace TechPact.Negotiation.Protocols;

/// <summary>The single negotiating text (Fisher's one-text procedure, used at Camp David;
/// Raiffa, <i>The Art and Science of Negotiation</i>, 1982): a mediator tables one full
/// package, every country answers with acceptance or the amendments it needs, and the
/// mediator revises the text towards the leverage-weighted Nash point.</summary>
public sealed class SingleNegotiatingText : INegotiationProtocol
{
    /// <summary>Linearise-and-pick steps when drafting the opening text.</summary>
    private const int OpeningIterations = 8;

    public string Name => Summits.NegotiationRules.SingleNegotiatingText;

    public Package OpeningDraft(SummitSetting setting)
    {
        var issues = setting.Scenario.Issues;
        var draft = Package.AllOpen(issues.Length);
        for (var step = 0; step < OpeningIterations; step++)
        {
            var weights = NashMediator.SurplusWeights(setting, draft);
            var next = draft;
            for (var i = 0; i < issues.Length; i++)
                next = next.With(i, NashMediator.Best(setting, weights, i, NashMediator.Admissible(setting, i).Members()));
            if (next.Equals(draft)) break;
            draft = next;
        }
        return draft;
    }

    /// <summary>On converged issues the text takes the best option everyone committed to; on the
    /// others it weighs the standing text against the amendments asked for, and moves only if an
    /// amendment brings the table closer to the Nash point.</summary>
    public Package ReviseDraft(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, IReadOnlyList<OptionSet> agreed)
    {
        var weights = NashMediator.SurplusWeights(setting, draft);
        var revised = draft;
        for (var i = 0; i < draft.Count; i++)
        {
            var candidates = agreed[i].IsEmpty
                ? Candidates(setting, draft, moves, i)
                : agreed[i].Members().ToImmutableArray();
            revised = revised.With(i, NashMediator.Best(setting, weights, i, candidates));
        }
        return revised;
    }

    private static ImmutableArray<int> Candidates(SummitSetting setting, Package draft, IReadOnlyList<CountryMove> moves, int issue)
    {
        var admissible = NashMediator.Admissible(setting, issue);
        var asked = moves.Select(m => m.Amendments[issue]).Where(o => o != Package.Open && admissible.Contains(o));
        return asked.Append(draft[issue]).ToImmutableArray();
    }
}
