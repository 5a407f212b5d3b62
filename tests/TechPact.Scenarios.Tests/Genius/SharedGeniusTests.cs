using TechPact.Negotiation.Analysis;
using TechPact.Scenarios.Genius;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests.Genius;

/// <summary>The real GENIUS domains in ../shared/genius: everything imports, and on three domains
/// the analysis agrees with a brute-force reference and with figures checked by hand from the XML.</summary>
public class SharedGeniusTests
{
    /// <summary>Laptop, Atlas3 and IS_BT_Acquisition profiles carry discount factors below 1.</summary>
    private static readonly GeniusImportOptions Lenient = new(IgnoreDiscount: true, MaxProfiles: 3);

    private static Negotiation.Summits.Scenario Import(string folder)
    {
        var result = GeniusImporter.ImportFolder(SharedGenius.Domain(folder), Lenient);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    [TheoryRequiringSharedGenius]
    [InlineData("AgentLightSmartGrid", 3, 625)]
    [InlineData("Amsterdam", 2, 3024)]
    [InlineData("Atlas3", 3, 9)]
    [InlineData("EnglandZimbabwe", 2, 576)]
    [InlineData("IS_BT_Acquisition", 2, 384)]
    [InlineData("ItexvsCypress", 2, 180)]
    [InlineData("Laptop", 2, 27)]
    [InlineData("Travel", 2, 188_160)]
    [InlineData("group12-symposium", 3, 2304)]
    [InlineData("group2-politics", 3, 23_040)]
    public void Every_shared_domain_imports_and_analyses_exactly(string folder, int countries, int outcomes)
    {
        var scenario = Import(folder);
        Assert.Equal(countries, scenario.Countries.Length);
        var analysis = OutcomeAnalyzer.Analyze(scenario);
        Assert.True(analysis.Exact);
        Assert.Equal(outcomes, (int)analysis.OutcomeCount);
        Assert.NotNull(analysis.Nash);
    }

    /// <summary>What the importer makes of real GENIUS names (file names with '_', long value
    /// names, "$4.37") are ids and titles the loader's own limits accept.</summary>
    [TheoryRequiringSharedGenius]
    [InlineData("AgentLightSmartGrid")]
    [InlineData("Amsterdam")]
    [InlineData("EnglandZimbabwe")]
    [InlineData("ItexvsCypress")]
    [InlineData("Laptop")]
    [InlineData("Travel")]
    [InlineData("group12-symposium")]
    public void Every_shared_domain_writes_a_scenario_the_loader_accepts(string folder)
    {
        var yaml = Writing.ScenarioYamlWriter.Write(Import(folder));
        var reloaded = ScenarioLoader.LoadText(yaml, $"{folder}.yaml");
        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics));
    }

    [FactRequiringSharedGenius]
    public void Discounted_domains_keep_their_discount_factors()
    {
        var result = GeniusImporter.ImportFolder(SharedGenius.Domain("Laptop"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.All(result.Scenario!.Countries, c => Assert.Equal(0.42441038, c.Discount));
        var undiscounted = GeniusImporter.ImportFolder(SharedGenius.Domain("Laptop"), Lenient).Scenario!;
        Assert.All(undiscounted.Countries, c => Assert.Equal(1.0, c.Discount));
    }

    /// <summary>Laptop: 3 × 3 × 3. Nash is HP, 60 Gb, 19'' LCD: the buyer's best on every issue
    /// (utility 1) and, for the seller, HP 20/30, 60 Gb 20/30, 19'' 3/3.</summary>
    [FactRequiringSharedGenius]
    public void Laptop_matches_hand_checked_figures_and_the_reference()
    {
        var scenario = Import("Laptop");
        var analysis = OutcomeAnalyzer.Analyze(scenario);
        const double laptop = 0.37808251708013424, disk = 0.1767567099260568, monitor = 0.4452125771655631;
        var seller = (laptop * 20 / 30 + disk * 20 / 30 + monitor * 3 / 3) / (laptop + disk + monitor);

        Assert.Equal(27, (int)analysis.OutcomeCount);
        Assert.Equal([2, 0, 0], analysis.Nash!.Package.Choices.ToArray());
        Assert.Equal(1.0, analysis.Nash.Utilities[0], 12);
        Assert.Equal(seller, analysis.Nash.Utilities[1], 12);
        Assert.Equal(0.8150631714971639, analysis.Nash.Utilities[1], 12);
        Assert.Equal(4, analysis.ParetoFrontier.Length);
        AgreesWithReference(scenario, analysis);
    }

    /// <summary>ItexvsCypress: 5 × 4 × 3 × 3. Nash is $3.47, 45 days, 30 days after delivery,
    /// 5% spoilage: Cypress 40/40, 10/25, 6/15, 7/20; Itex 1/30, 20/20, 25/25, 30/30.</summary>
    [FactRequiringSharedGenius]
    public void ItexvsCypress_matches_hand_checked_figures_and_the_reference()
    {
        var scenario = Import("ItexvsCypress");
        var analysis = OutcomeAnalyzer.Analyze(scenario);
        var cypress = 0.4700166576535899 + 0.1220816713696379 * 10 / 25 + 0.17727008190772825 * 6 / 15 + 0.2306315890690439 * 7 / 20;
        var itex = 0.28812635027374 / 30 + 0.1915290482981283 + 0.24212575877553694 + 0.2782188426525948;

        Assert.Equal(["ItexvsCypress_Cypress", "ItexvsCypress_Itex"], scenario.Countries.Select(c => c.Id));
        Assert.Equal(180, (int)analysis.OutcomeCount);
        Assert.Equal([4, 1, 1, 1], analysis.Nash!.Package.Choices.ToArray());
        Assert.Equal(cypress, analysis.Nash.Utilities[0], 9);
        Assert.Equal(itex, analysis.Nash.Utilities[1], 9);
        Assert.Equal(18, analysis.ParetoFrontier.Length);
        AgreesWithReference(scenario, analysis);
    }

    /// <summary>Atlas3: 3 × 3, three parties with reservation 0.3, evaluations 3/2/1 or 1/2/3.
    /// Nash is (a1, b1): utilities 1, ⅔, ⅔, product 0.7 × (⅔ − 0.3)².</summary>
    [FactRequiringSharedGenius]
    public void Atlas3_matches_hand_checked_figures_and_the_reference()
    {
        var scenario = Import("Atlas3");
        var analysis = OutcomeAnalyzer.Analyze(scenario);

        Assert.Equal(9, (int)analysis.OutcomeCount);
        Assert.Equal([0, 0], analysis.Nash!.Package.Choices.ToArray());
        Assert.Equal([1.0, 2.0 / 3, 2.0 / 3], analysis.Nash.Utilities.Select(u => Math.Round(u, 12)).ToArray(),
            (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(5, analysis.ParetoFrontier.Length);
        AgreesWithReference(scenario, analysis);
    }

    private static void AgreesWithReference(Negotiation.Summits.Scenario scenario, OutcomeAnalysis analysis)
    {
        var outcomes = Reference.Outcomes(scenario);
        Assert.Equal(outcomes.Count, (int)analysis.OutcomeCount);
        Assert.Equal(Reference.FrontierSize(outcomes), analysis.ParetoFrontier.Length);
        var (choices, product) = Reference.Nash(scenario, outcomes);
        Assert.Equal(choices, analysis.Nash!.Package.Choices.ToArray());
        var analysed = analysis.Nash.Utilities.Select((u, c) => u - scenario.Countries[c].Reservation).Aggregate(1.0, (a, b) => a * b);
        Assert.Equal(product, analysed, 12);
    }
}
