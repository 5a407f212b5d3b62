using TechPact.Scenarios.Loading.Schema;

namespace TechPact.Scenarios.Tests;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("prioritys", "priorities")]
    [InlineData("bulware", "boulware")]
    [InlineData("free-flows", "free-flow")]
    [InlineData("reservatoin", "reservation")]
    [InlineData("jp", "JP")]
    public void Suggests_the_close_name(string found, string expected) =>
        Assert.Equal(expected, DidYouMean.Closest(found, ["priorities", "boulware", "free-flow", "reservation", "JP", "KR"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("quantum")]
    [InlineData("XY")]
    public void Stays_silent_when_nothing_is_close(string found) =>
        Assert.Null(DidYouMean.Closest(found, ["priorities", "boulware", "strengths", "JP", "KR"]));

    [Theory]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Counts_a_transposition_as_one_edit(string a, string b, int distance) =>
        Assert.Equal(distance, DidYouMean.Distance(a, b, limit: 10));

    [Fact]
    public void Gives_up_early_on_very_different_lengths() =>
        Assert.Equal(3, DidYouMean.Distance(new string('x', 4_000_000), "name", limit: 2));
}
