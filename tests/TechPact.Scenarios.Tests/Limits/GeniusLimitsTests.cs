using System.Text;
using TechPact.Scenarios.Genius;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Writing;

namespace TechPact.Scenarios.Tests.Limits;

/// <summary>GENIUS XML meets the same limits as scenario YAML: no DTD (an entity bomb), bounded
/// elements and depth, names that are safe to print, ids from file names in the id alphabet.</summary>
public sealed class GeniusLimitsTests
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "Genius", "Fixtures", "tiny");

    private static GeniusSource Source(string name) => new(name, File.ReadAllText(Path.Combine(Tiny, name)));

    private static ScenarioLoadResult ImportWithDomain(string domainXml) =>
        GeniusImporter.Import(new GeniusSource("domain.xml", domainXml), [Source("tiny_alice.xml"), Source("tiny_bob.xml")]);

    private static Diagnostic SingleError(ScenarioLoadResult result)
    {
        Assert.Null(result.Scenario);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_billion_laughs_DTD_is_refused_unexpanded()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++) xml.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">\n");
        xml.Append("]>\n<negotiation_template>&lol9;</negotiation_template>");

        var error = SingleError(ImportWithDomain(xml.ToString()));

        Assert.Equal(("domain.xml", 2), (error.File, error.Line));
        Assert.Contains("a DTD (<!DOCTYPE …>) is not allowed", error.Message);
    }

    [Fact]
    public void Nesting_past_the_depth_limit_is_refused_at_its_line()
    {
        var xml = "<negotiation_template>\n" + string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</negotiation_template>";
        var error = SingleError(ImportWithDomain(xml));
        Assert.Equal(2, error.Line);
        Assert.Contains("nested deeper than 64 levels", error.Message);
    }

    [Fact]
    public void More_elements_than_the_node_limit_are_refused()
    {
        var xml = "<negotiation_template>" + string.Concat(Enumerable.Repeat("<a/>", 100_001)) + "</negotiation_template>";
        Assert.Contains("more than 100000 elements", SingleError(ImportWithDomain(xml)).Message);
    }

    [Fact]
    public void A_value_name_holding_an_8_bit_control_sequence_is_refused_at_its_item()
    {
        var domain = File.ReadAllText(Path.Combine(Tiny, "tiny_domain.xml"));
        var first = domain.IndexOf("value=\"", StringComparison.Ordinal) + "value=\"".Length;
        var hostile = domain.Insert(first, "\u009B2J");

        var error = SingleError(GeniusImporter.Import(new GeniusSource("domain.xml", hostile), [Source("tiny_alice.xml"), Source("tiny_bob.xml")]));

        Assert.Contains("holds control character U+009B", error.Message);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Profile_file_names_become_ids_the_loader_accepts()
    {
        var domain = Source("tiny_domain.xml");
        var alice = Source("tiny_alice.xml") with { FileName = "party one (buyer).xml" };
        var bob = Source("tiny_bob.xml") with { FileName = "party one [buyer].xml" };

        var result = GeniusImporter.Import(domain, [alice, bob]);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["party-one-buyer", "party-one-buyer-2"], result.Scenario!.Countries.Select(c => c.Id));
        var reloaded = ScenarioLoader.LoadText(ScenarioYamlWriter.Write(result.Scenario), "imported.yaml");
        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics));
    }
}
