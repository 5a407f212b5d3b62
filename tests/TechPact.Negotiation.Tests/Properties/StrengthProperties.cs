using System.Collections.Immutable;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Protocols.Text;
using TechPact.Negotiation.Randomness;
using TechPact.Negotiation.Summits;
using TechPact.Negotiation.Tests.Fixtures;
using Xunit.Abstractions;

namespace TechPact.Negotiation.Tests.Properties;

/// <summary>Leverage with teeth, and where it is guaranteed: a raise of a country's strength in an issue's
/// area never lowers its value on that issue where strength is applied — in the parties' settlement of a
/// given agreement zone, and in the mediator's text — on thousands of seeded random domains (2–6 parties,
/// red lines). Over a whole run, where strength also changes who holds out longest, the claim is measured.</summary>
public class StrengthProperties(ITestOutputHelper output)
{
    public const int SettlementTrials = 20_000;
    public const int TextTrials = 5_000;
    public const int RunTrials = 2_000;

    [Fact]
    public void In_a_given_agreement_zone_more_strength_never_lowers_a_countrys_value_on_that_issue()
    {
        var cases = 0;
        for (var trial = 0; trial < SettlementTrials; trial++)
        {
            var scenario = RandomDomains.Create(trial, NegotiationRules.SingleNegotiatingText);
            var random = DeterministicRandom.For(trial, "zone", 0);
            var zone = scenario.Issues.Select(issue => RandomSubset(issue.Options.Length, random)).ToArray();
            var (c, i) = (random.NextInt(scenario.Countries.Length), random.NextInt(scenario.Issues.Length));
            var (low, high) = Ordered(random.NextDouble(), random.NextDouble());
            var weak = Settle(RandomDomains.WithStrength(scenario, c, i, low), zone);
            var strong = Settle(RandomDomains.WithStrength(scenario, c, i, high), zone);
            Assert.Equal(weak is null, strong is null);
            if (weak is null) continue;
            cases++;
            var values = scenario.Countries[c].Values[i];
            Assert.True(values[strong![i]] >= values[weak[i]],
                $"trial {trial}: C{c} strength {low:0.00} → {high:0.00} on i{i}: value {values[weak[i]]:0.000} → {values[strong[i]]:0.000}");
        }
        Assert.True(cases > SettlementTrials / 2, $"only {cases} zones held an acceptable package");
    }

    [Fact]
    public void More_strength_never_moves_the_mediators_text_away_from_a_countrys_position()
    {
        for (var trial = 0; trial < TextTrials; trial++)
        {
            var scenario = RandomDomains.Create(trial, NegotiationRules.SingleNegotiatingText);
            var random = DeterministicRandom.For(trial, "positions", 0);
            var draft = new Package([.. scenario.Issues.Select(issue => random.NextInt(issue.Options.Length))]);
            var moves = scenario.Countries.Select(country => RandomMove(scenario, country, draft, random)).ToArray();
            var (c, i) = (random.NextInt(scenario.Countries.Length), random.NextInt(scenario.Issues.Length));
            var position = moves[c].Amendments[i] == Package.Open ? draft[i] : moves[c].Amendments[i];
            var (low, high) = Ordered(random.NextDouble(), random.NextDouble());
            int Text(double strength)
            {
                var setting = RandomDomains.Setting(RandomDomains.WithStrength(scenario, c, i, strength));
                return Mediator.ReviseIssue(setting, i, draft, moves, Mediator.Salience(setting, draft, moves, []));
            }
            var (weak, strong) = (Text(low), Text(high));
            Assert.True(Math.Abs(strong - position) <= Math.Abs(weak - position),
                $"trial {trial}: C{c} (asks {position}) strength {low:0.00} → {high:0.00}: text on i{i} {weak} → {strong}");
        }
    }

    /// <summary>Over a whole single-text run strength also decides who holds out longest on the issue, and
    /// with it when (and so on what) the table settles: not a theorem. Measured here and stated in
    /// docs/protocols.md: with strength 0.9 instead of 0.1 the country's value on the issue came out lower
    /// in 3 of 1,469 comparable runs on ladders where each country's values fall away from its favourite
    /// rung (the product's issues), and in 22 of 1,698 where values have no order (GENIUS-style issues, on
    /// which the mediator's ladder compromise is only a heuristic); it came out higher in 223 and 291.</summary>
    [Theory]
    [InlineData(true, 0.005)]
    [InlineData(false, 0.02)]
    public void Over_whole_runs_more_strength_lowers_a_countrys_value_on_that_issue_only_rarely(bool singlePeaked, double bound)
    {
        int cases = 0, lower = 0, higher = 0;
        for (var trial = 0; trial < RunTrials; trial++)
        {
            var scenario = RandomDomains.Create(trial, NegotiationRules.SingleNegotiatingText, singlePeaked: singlePeaked);
            var (c, i) = (trial % scenario.Countries.Length, trial / 7 % scenario.Issues.Length);
            var weak = SummitRunner.Run(RandomDomains.WithStrength(scenario, c, i, 0.1)).Agreement[i];
            var strong = SummitRunner.Run(RandomDomains.WithStrength(scenario, c, i, 0.9)).Agreement[i];
            if (weak == Package.Open || strong == Package.Open) continue;
            cases++;
            var values = scenario.Countries[c].Values[i];
            if (values[strong] < values[weak] - 1e-12) lower++;
            if (values[strong] > values[weak] + 1e-12) higher++;
        }
        output.WriteLine($"{cases} comparable runs: value on the issue lower in {lower}, higher in {higher}");
        Assert.True(lower <= cases * bound, $"lower in {lower} of {cases}");
        Assert.True(higher >= 10 * lower, $"higher in {higher}, lower in {lower} of {cases}");
    }

    private static Package? Settle(Scenario scenario, IReadOnlyList<OptionSet> zone) => Settlement.Find(RandomDomains.Setting(scenario), zone);

    private static (double, double) Ordered(double a, double b) => a <= b ? (a, b) : (b, a);

    private static OptionSet RandomSubset(int options, DeterministicRandom random)
    {
        var set = OptionSet.Empty;
        for (var o = 0; o < options; o++) if (random.NextDouble() < 0.7) set = set.With(o);
        return set.IsEmpty ? OptionSet.Of(random.NextInt(options)) : set;
    }

    private static CountryMove RandomMove(Scenario scenario, CountryProfile country, Package draft, DeterministicRandom random)
    {
        var commitments = scenario.Issues.Select(issue => RandomSubset(issue.Options.Length, random)).ToImmutableArray();
        var amendments = scenario.Issues.Select((issue, i) => random.NextDouble() < 0.5 ? Package.Open : random.NextInt(issue.Options.Length)).ToImmutableArray();
        return new CountryMove(country.Id, 1, false, Utility.Of(country, draft), 1, commitments, amendments, 0);
    }
}
