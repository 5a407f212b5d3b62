using TechPact.Negotiation.Experiments;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Global;

namespace TechPact.Negotiation.Tests.Experiments;

public sealed class SweepPlanTests
{
    private static Scenario Baseline => GlobalSummitGenerator.Generate(countries: 3, maxRounds: 12);

    [Theory]
    [InlineData("priorities=±0.1,reservation=±0.05", 0.1, 0.05)]
    [InlineData("priorities=+-0.2", 0.2, 0.0)]
    [InlineData("reservation=0.03", 0.0, 0.03)]
    public void Vary_parses_the_documented_forms(string text, double priorities, double reservation)
    {
        Assert.True(VarySpec.TryParse(text, out var spec, out _));
        Assert.Equal(priorities, spec.Amount(Dimension.Priorities));
        Assert.Equal(reservation, spec.Amount(Dimension.Reservation));
    }

    [Theory]
    [InlineData("prioritees=±0.1", "names: priorities")]
    [InlineData("priorities=lots", "between 0 and 1")]
    [InlineData("priorities=±2", "between 0 and 1")]
    [InlineData("priorities=0.1,priorities=0.2", "named twice")]
    public void Vary_refuses_bad_input_with_a_reason(string text, string reason)
    {
        Assert.False(VarySpec.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void A_run_depends_on_seed_and_index_only()
    {
        var plan = new SweepPlan(Baseline, 50, 11, VarySpec.Default);
        var again = new SweepPlan(Baseline, 50, 11, VarySpec.Default);
        Assert.Equal(Describe(plan.Run(17)), Describe(again.Run(17)));
        Assert.NotEqual(Describe(plan.Run(17)), Describe(plan.Run(18)));
        Assert.NotEqual(Describe(plan.Run(17)), Describe(new SweepPlan(Baseline, 50, 12, VarySpec.Default).Run(17)));
    }

    [Fact]
    public void Perturbations_stay_within_their_bounds_and_keep_weights_normalised()
    {
        var plan = new SweepPlan(Baseline, 200, 3, VarySpec.Default);
        for (var r = 0; r < plan.Runs; r++)
        {
            var run = plan.Run(r);
            Assert.Equal(Baseline.Countries.Length * (Baseline.Issues.Length + 1), run.Parameters.Length);
            Assert.All(run.Parameters, p => Assert.InRange(p.Draw, -1.0, 1.0));
            for (var c = 0; c < Baseline.Countries.Length; c++)
            {
                var (before, after) = (Baseline.Countries[c], run.Scenario.Countries[c]);
                Assert.Equal(1.0, after.Weights.Sum(), 12);
                Assert.InRange(after.Reservation, before.Reservation - 0.05 - 1e-12, before.Reservation + 0.05 + 1e-12);
                for (var i = 0; i < after.Weights.Length; i++)
                    Assert.InRange(after.Weights[i] / before.Weights[i], 0.9 / 1.1 - 1e-9, 1.1 / 0.9 + 1e-9);
            }
        }
    }

    [Fact]
    public void Nothing_varied_leaves_the_preferences_alone()
    {
        var baseline = Baseline;
        var run = new SweepPlan(baseline, 5, 3, VarySpec.None).Run(4);
        Assert.Empty(run.Parameters);
        Assert.Equal(baseline.Countries.ToArray(), run.Scenario.Countries.ToArray());
    }

    [Fact]
    public void Aggregates_do_not_depend_on_the_order_runs_finished_in()
    {
        var plan = new SweepPlan(Baseline, 40, 5, VarySpec.Default);
        var runs = Enumerable.Range(0, plan.Runs).Select(i => RunSummary.Play(plan.Run(i), plan.Baseline)).ToArray();
        var shuffled = runs.OrderBy(r => (r.Index * 7919) % 40).ToArray();
        var a = SweepResult.Aggregate(plan, runs);
        var b = SweepResult.Aggregate(plan, shuffled);
        Assert.Equal(a.Utilities.ToArray(), b.Utilities.ToArray());
        Assert.Equal(a.Sensitivity.ToArray(), b.Sensitivity.ToArray());
        Assert.NotEmpty(a.Sensitivity);
        Assert.Equal(plan.Runs, a.Agreements + a.Partials + a.NoAgreements);
        Assert.All(a.Adoption, issue => Assert.Equal(plan.Runs, issue.Adopted.Sum() + issue.Open));
    }

    private static string Describe(PlannedRun run) =>
        $"{run.Rules.Seed}|" + string.Join(";", run.Scenario.Countries.Select(c => $"{c.Reservation:R}:{string.Join(",", c.Weights.Select(w => w.ToString("R")))}"));
}
