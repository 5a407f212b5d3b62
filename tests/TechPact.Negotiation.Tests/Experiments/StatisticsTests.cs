using TechPact.Negotiation.Experiments.Sweeps;

namespace TechPact.Negotiation.Tests.Experiments;

public sealed class StatisticsTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_values_of_the_runs()
    {
        var d = Distribution.Of([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
        Assert.Equal((10, 5.5, 1.0, 1.0, 5.0, 9.0, 10.0), (d.Count, d.Mean, d.Min, d.P10, d.P50, d.P90, d.Max));
        Assert.Equal(Distribution.Empty, Distribution.Of([]));
    }

    [Fact]
    public void Pearson_is_one_for_a_line_minus_one_for_its_mirror_and_zero_without_variation()
    {
        double[] x = [1, 2, 3, 4];
        Assert.Equal(1.0, Sensitivity.Pearson(x, [3, 5, 7, 9]), 12);
        Assert.Equal(-1.0, Sensitivity.Pearson(x, [4, 3, 2, 1]), 12);
        Assert.Equal(0.0, Sensitivity.Pearson(x, [2, 2, 2, 2]));
    }
}
