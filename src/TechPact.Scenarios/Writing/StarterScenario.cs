namespace TechPact.Scenarios.Writing;

/// <summary>The commented starter file `techpact new` writes when no scenario is named with
/// --from: three sample issues with real standard texts, and the given countries with neutral
/// numbers, every key explained where it stands.</summary>
public static class StarterScenario
{
    public const string SchemaModeline = "# yaml-language-server: $schema=../schema/scenario.schema.json";

    public static string FromScratch(string id, string title, IReadOnlyList<string> countries)
    {
        var yaml = new StringBuilder();
        yaml.Append(SchemaModeline).Append('\n').Append(Intro);
        yaml.Append("id: ").Append(YamlFormatWriter.Scalar(id)).Append("                  # lowercase letters, digits and '-'\n");
        yaml.Append("title: ").Append(YamlFormatWriter.Scalar(title)).Append('\n');
        yaml.Append(Rules).Append(Issues).Append(CountriesIntro);
        foreach (var country in countries) AppendCountry(yaml, country);
        yaml.Append(Optional);
        return yaml.ToString();
    }

    /// <summary>A readable name for common country and bloc codes; the code itself otherwise.</summary>
    public static string NameOf(string code) => KnownNames.TryGetValue(code, out var name) ? name : code;

    private static void AppendCountry(StringBuilder yaml, string id)
    {
        yaml.Append("  - id: ").Append(YamlFormatWriter.Scalar(id)).Append('\n');
        yaml.Append("    name: ").Append(YamlFormatWriter.Scalar(NameOf(id))).Append('\n');
        yaml.Append("""
                # Capability area -> 0..1 (0.9+ world leader, ~0.5 capable, ~0.3 dependent). Areas come
                # from the issues' `areas`; strength there is leverage on those issues.
                strengths: { cloud-data: 0.5, ai-models: 0.5, chip-design: 0.5, memory-chips: 0.5 }
                # How much each issue matters (any non-negative numbers; normalised to sum 1).
                priorities: { data-flows: 1, ai-exports: 1, chip-supply: 1 }
                # Value of every option, 0..1 (each issue's best is scaled to 1). Give each country
                # its own favourite: that is where the negotiation comes from.
                positions:
                  data-flows: { localisation: 0.2, adequacy: 0.6, free-flow-with-trust: 1 }
                  ai-exports: { national-licensing: 0.2, fast-track: 1, allied-zone: 0.6 }
                  chip-supply: { self-sufficiency: 0.2, early-warning: 0.6, coordinated-investment: 1 }
                # Options this country can never accept (optional), e.g. { data-flows: [localisation] }.
                red-lines: {}
                # Utility of walking away (its BATNA), 0..1: it accepts no pact worth less.
                reservation: 0.3
                # boulware (concedes late), linear, conceder (early), tit-for-tat, zeuthen, hardliner;
                # or with its parts: { name: conceder, exponent: 1.5, acceptance: ac-combi, opponent-model: frequency }.
                # Optional: discount: 0.9 makes a pact at round t of T worth u·0.9^(t/T) to it.
                strategy: linear

            """);
    }

    private const string Intro = """
        #
        # A starter scenario written by `techpact new`. Every key is explained where it stands;
        # docs/scenario-format.md is the full reference. Check it with `techpact validate FILE`
        # and run it with `techpact run FILE`.
        #
        # What it teaches: (say what this scenario is for)
        # Sources: (say where its facts and numbers come from)

        """;

    private const string Rules = """
        description: >
          (One paragraph for readers: who negotiates what, and why.)
        seed: 1                           # the run's default seed: same seed, same transcript
        max-rounds: 12                    # deadline, 1..1000 rounds
        protocol: single-negotiating-text # or partial-consensus, alternating-offers, zeuthen
        noise: 0.05                       # 0..0.5: seeded jitter on each country's clock
        logrolling: false                 # true: the mediator brokers trades across issues (text protocols)
        club-threshold: 0                 # 0 = no clubs; N = N countries on one option form a club

        # The agenda: each issue is a ladder of options from the most closed to the most open,
        # and each option's `standard` is the text it puts into the pact.
        """;

    private const string Issues = """

        issues:
          - id: data-flows
            title: Cross-border data flows
            areas: [cloud-data, ai-models]
            options:
              - id: localisation
                label: Data localisation
                standard: Each party may require personal and industrial data to be stored and processed within its own territory.
              - id: adequacy
                label: Adequacy decisions
                standard: Data may leave a party's territory only for a partner whose data-protection regime it has found adequate.
              - id: free-flow-with-trust
                label: Free flow with trust
                standard: Data flows freely among the parties under common privacy and security safeguards.

          - id: ai-exports
            title: AI export rules
            areas: [ai-models, chip-design]
            options:
              - id: national-licensing
                label: National licensing
                standard: Each party licenses every export of advanced AI models and chips under its own rules.
              - id: fast-track
                label: Fast-track licences
                standard: Each party keeps its own licensing but grants fast-track licences to the other parties.
              - id: allied-zone
                label: Common export zone
                standard: AI models and chips move licence-free among the parties; exports beyond them are screened against a shared list.

          - id: chip-supply
            title: Chip supply chain
            areas: [memory-chips, chip-design]
            options:
              - id: self-sufficiency
                label: National self-sufficiency
                standard: Each party pursues national self-sufficiency in semiconductors with its own subsidies.
              - id: early-warning
                label: Early warning
                standard: The parties share supply-chain data and run a joint early-warning system for chip shortages.
              - id: coordinated-investment
                label: Coordinated investment
                standard: The parties coordinate investment in fabs and materials and avoid a subsidy race.

        """;

    private const string CountriesIntro = """
        # The parties. Each country's brief is confidential to it: its strengths, priorities,
        # positions, red lines, reservation value and strategy.
        countries:

        """;

    private const string Optional = """
        # Optional: tracks (some countries negotiate some issues among themselves first), e.g.
        # tracks:
        #   - { id: first-track, title: A bilateral track, countries: [A, B], issues: [ai-exports] }
        #
        # Optional: events (scripted injects at the start of a round), e.g.
        # events:
        #   - round: 3
        #     id: shortage
        #     title: A chip material shortage
        #     effects:
        #       - priority: { country: A, issue: chip-supply, weight: 0.6 }
        #       - red-line: { country: B, issue: ai-exports, option: allied-zone }
        # Other effects: strength { country, area, value }, reservation { country, value },
        # lift-red-line { country, issue, option }, join: <a country block as above>.

        """;

    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.Ordinal)
    {
        ["US"] = "United States", ["JP"] = "Japan", ["KR"] = "South Korea", ["TW"] = "Taiwan",
        ["CN"] = "China", ["IN"] = "India", ["EU"] = "European Union", ["UK"] = "United Kingdom",
        ["GB"] = "United Kingdom", ["DE"] = "Germany", ["FR"] = "France", ["NL"] = "Netherlands",
        ["IT"] = "Italy", ["ES"] = "Spain", ["CA"] = "Canada", ["AU"] = "Australia", ["BR"] = "Brazil",
        ["SG"] = "Singapore", ["CH"] = "Switzerland", ["IL"] = "Israel", ["AE"] = "United Arab Emirates",
        ["SA"] = "Saudi Arabia", ["ZA"] = "South Africa", ["NG"] = "Nigeria", ["KE"] = "Kenya",
        ["MX"] = "Mexico", ["ID"] = "Indonesia", ["RU"] = "Russia", ["TR"] = "Türkiye", ["SE"] = "Sweden",
    };
}
