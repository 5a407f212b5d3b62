namespace TechPact.Scenarios.Global;

/// <summary>One agenda item of the global summit and how preferences on it are generated.</summary>
/// <param name="Openness">Where on the ladder (0 closed … 1 open) a country with no capacity leans.</param>
/// <param name="CapacityTilt">How far technological capacity moves that lean (+: the capable want it more open).</param>
/// <param name="MineralTilt">The same for mineral endowment.</param>
public sealed record GlobalIssue(Issue Issue, double Openness, double CapacityTilt, double MineralTilt);

/// <summary>Twelve issues of a UN-wide AI and technology standards summit, each a four-rung ladder.</summary>
public static class GlobalAgenda
{
    public static readonly ImmutableArray<string> Areas =
        ["ai-models", "chip-design", "memory-chips", "cloud-data", "telecom", "cyber", "critical-minerals"];

    public static readonly ImmutableArray<GlobalIssue> Issues =
    [
        Item("data-flows", "Cross-border data flows", ["cloud-data"], 0.35, 0.55, 0,
            ("localisation", "Data localisation"), ("adequacy", "Adequacy decisions"), ("trusted-flow", "Free flow with trust"), ("free-flow", "Free flow")),
        Item("ai-safety-testing", "Frontier AI safety testing", ["ai-models"], 0.45, -0.2, 0,
            ("national-licensing", "National pre-deployment licensing"), ("shared-evaluations", "Shared evaluation protocols"),
            ("mutual-recognition", "Mutual recognition of tests"), ("self-assessment", "Developer self-assessment")),
        Item("frontier-exports", "Exports of frontier models and compute", ["ai-models", "chip-design"], 0.8, -0.55, 0,
            ("strict-controls", "Strict export controls"), ("licensed-tiers", "Tiered licences"),
            ("trusted-partners", "Open to trusted partners"), ("open-trade", "Open trade")),
        Item("semiconductor-supply", "Semiconductor supply-chain security", ["chip-design", "memory-chips"], 0.6, -0.2, 0,
            ("national-fabs", "National self-sufficiency"), ("allied-pools", "Allied supply pools"),
            ("global-reserve", "Global stockpile and early warning"), ("open-market", "Open market")),
        Item("critical-minerals", "Critical minerals for chips and batteries", ["critical-minerals"], 0.6, 0.1, -0.6,
            ("export-bans", "Export bans and local processing"), ("value-addition", "Value-addition requirements"),
            ("fair-offtake", "Fair offtake agreements"), ("open-supply", "Open supply")),
        Item("tech-transfer", "Technology transfer and capacity building", ["ai-models", "telecom"], 0.75, -0.5, 0,
            ("voluntary", "Voluntary and commercial only"), ("incentivised", "Incentivised transfer"),
            ("pooled-fund", "Pooled capacity fund"), ("mandatory-sharing", "Mandatory sharing of models and know-how")),
        Item("digital-infrastructure", "Digital public infrastructure", ["cloud-data", "telecom"], 0.65, -0.1, 0,
            ("national-stacks", "National stacks"), ("regional-stacks", "Regional stacks"),
            ("interoperable-dpi", "Interoperable open standards"), ("global-commons", "Global digital commons")),
        Item("cyber-norms", "Cyber norms for critical infrastructure", ["cyber"], 0.55, 0.0, 0,
            ("sovereign-discretion", "Sovereign discretion"), ("voluntary-norms", "Voluntary norms"),
            ("attribution-mechanism", "Joint attribution mechanism"), ("binding-treaty", "Binding treaty")),
        Item("content-provenance", "AI content provenance and labelling", ["ai-models", "cloud-data"], 0.5, 0.1, 0,
            ("national-rules", "National labelling rules"), ("watermark-standard", "Common watermark standard"),
            ("provenance-registry", "Shared provenance registry"), ("industry-led", "Industry-led disclosure")),
        Item("personal-data", "Personal data protection", ["cloud-data"], 0.45, 0.15, 0,
            ("national-law", "National law only"), ("minimum-floor", "Common minimum floor"),
            ("convention", "Data-protection convention"), ("portability", "Full portability and recognition")),
        Item("spectrum-6g", "6G spectrum and standards", ["telecom"], 0.55, 0.2, 0,
            ("national-bands", "National bands"), ("regional-harmonisation", "Regional harmonisation"),
            ("itu-common-bands", "Common ITU bands"), ("open-ran", "Open interfaces everywhere")),
        Item("open-source-ai", "Open-weight AI models", ["ai-models"], 0.7, -0.35, 0,
            ("closed-only", "Closed models only"), ("gated-release", "Gated release"),
            ("open-below-threshold", "Open below a compute threshold"), ("fully-open", "Fully open weights")),
    ];

    private static GlobalIssue Item(string id, string title, string[] areas, double openness, double capacityTilt, double mineralTilt,
        params (string Id, string Label)[] options) =>
        new(new Issue(id, title, [.. areas], [.. options.Select(o =>
            new Option(o.Id, o.Label, $"On {title.ToLowerInvariant()}, the parties adopt: {o.Label.ToLowerInvariant()}."))]),
            openness, capacityTilt, mineralTilt);
}
