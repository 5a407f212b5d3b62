namespace TechPact.Scenarios.Limits;

/// <summary>The one set of bounds on everything a user can hand the product: scenario YAML, an
/// injected or forked event, a transcript, GENIUS XML, and HTTP request bodies. Every parser
/// takes its limits from here, so a scenario's events and an event typed into the instructor
/// console are held to the same depth and node budget. The values sit far above what real input
/// needs (64 issues × 64 options × a few dozen countries) and far below what hurts a server.</summary>
/// <remarks>docs/scenario-format.md ("Limits") lists them for users.</remarks>
public static class InputLimits
{
    private const int MiB = 1024 * 1024;

    /// <summary>A scenario file, and the scenario embedded in a transcript's first line.</summary>
    public const int MaxScenarioBytes = 4 * MiB;

    /// <summary>One GENIUS domain or profile XML file; the largest shared domain is ~100 KB.</summary>
    public const int MaxGeniusBytes = 4 * MiB;

    /// <summary>Generous: a 12-round, 3-country run is about 30 KB.</summary>
    public const long MaxTranscriptBytes = 64L * MiB;

    /// <summary>One event's text (fork --inject, the console's inject box): an event is a few hundred bytes.</summary>
    public const int MaxEventBytes = 64 * 1024;

    /// <summary>Any HTTP request body: every body the API takes is a small JSON object.</summary>
    public const long MaxRequestBodyBytes = 1 * MiB;

    /// <summary>YAML, XML and JSON nesting: a scenario nests six levels deep; the slack is for
    /// hand-written flow style. Also System.Text.Json's own default, so JSON bodies agree.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>YAML nodes, or XML elements, in one document. YamlDotNet allocates a few hundred
    /// bytes per node, so 4 MiB of one-character nodes would cost ~1.5 GB of garbage and seconds;
    /// this stops such a file early. The largest agenda (64 issues × 64 options) with eight countries fits.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Every node an alias makes reachable again counts against this budget, so a
    /// "billion laughs" file is refused after a few thousand steps instead of being walked.</summary>
    public const int MaxAliasExpansion = 100_000;

    /// <summary>Ids (countries, issues, options, areas, events, tracks) appear in URLs, cookie
    /// names, file names and scripts; see <see cref="TextRules.IdProblem"/> for the alphabet.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Titles, labels and names: one line in a table.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Descriptions and the standard texts options put into the pact.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>A deadline in rounds, in a file (max-rounds) or on the command line (--max-rounds).</summary>
    public const int MaxRounds = 1000;

    /// <summary>Runs of one experiment: `tournament` (assignments × repetitions) and `sweep --runs`.</summary>
    public const long MaxExperimentRuns = Negotiation.Experiments.Tournaments.TournamentPlan.MaxRuns;

    /// <summary>Summits in flight at once (--parallel): more only queue up in the silo.</summary>
    public const int MaxParallel = 1024;

    /// <summary>Past this many problems the rest are noise; the report says it stopped.</summary>
    public const int MaxDiagnostics = 100;

    /// <summary>How long reading a file may take before it is refused: a regular file is read in
    /// milliseconds; a FIFO with no writer or a device that never ends would block forever.</summary>
    public static readonly TimeSpan MaxReadWait = TimeSpan.FromSeconds(5);
}
