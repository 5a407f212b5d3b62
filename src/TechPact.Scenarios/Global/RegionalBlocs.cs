namespace TechPact.Scenarios.Global;

/// <summary>A regional bloc that negotiates some issues among its members first: a track.</summary>
public sealed record RegionalBloc(string Id, string Title, IReadOnlyList<string> Members, IReadOnlyList<string> Issues);

/// <summary>The blocs of the global summit, with their UN-member members (2025 membership;
/// Mercosur without suspended Venezuela; CARICOM and the Pacific Islands Forum without their
/// non-member territories).</summary>
public static class RegionalBlocs
{
    public static readonly IReadOnlyList<RegionalBloc> All =
    [
        new("au", "African Union: digital transformation strategy",
            [.. UnMembers.All.Where(m => m.Region == Region.Africa).Select(m => m.Code)],
            ["tech-transfer", "digital-infrastructure", "critical-minerals"]),
        new("eu", "European Union: AI Act alignment",
            Codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"),
            ["ai-safety-testing", "personal-data", "content-provenance"]),
        new("asean", "ASEAN: digital economy framework",
            Codes("BN KH ID LA MY MM PH SG TH TL VN"), ["data-flows", "digital-infrastructure", "semiconductor-supply"]),
        new("gcc", "Gulf Cooperation Council: AI investment compact",
            Codes("BH KW OM QA SA AE"), ["frontier-exports", "semiconductor-supply", "data-flows"]),
        new("mercosur", "Mercosur: digital trade chapter",
            Codes("AR BR PY UY BO"), ["data-flows", "critical-minerals", "personal-data"]),
        new("caricom", "CARICOM: single ICT space",
            Codes("AG BS BB BZ DM GD GY HT JM KN LC VC SR TT"), ["digital-infrastructure", "spectrum-6g"]),
        new("pif", "Pacific Islands Forum: connectivity and cyber resilience",
            Codes("AU FJ KI MH FM NR NZ PW PG WS SB TO TV VU"), ["cyber-norms", "digital-infrastructure"]),
        new("saarc", "SAARC: South Asian digital cooperation",
            Codes("AF BD BT IN MV NP PK LK"), ["tech-transfer", "open-source-ai"]),
        new("g7", "G7: Hiroshima AI process",
            Codes("CA FR DE IT JP GB US"), ["ai-safety-testing", "frontier-exports", "content-provenance"]),
    ];

    private static string[] Codes(string codes) => codes.Split(' ');
}
