using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TechPact.Negotiation.Experiments.Perturbations;
using TechPact.Negotiation.Experiments.Sweeps;
using TechPact.Negotiation.Experiments.Tournaments;
using TechPact.Negotiation.Summits;

namespace TechPact.Host.Experiments;

/// <summary>sweep.json and tournament.json: indented, keys in a fixed order, doubles in shortest
/// round-trip form, nothing about how the runs were scheduled (no parallelism, no timings), so
/// the same runs and seed give the same bytes.</summary>
public static class ExperimentJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Sweep(SweepPlan plan, SweepResult result) => Write(w =>
    {
        w.WriteString("scenario", plan.Baseline.Id);
        w.WriteNumber("runs", plan.Runs);
        w.WriteNumber("seed", plan.Seed);
        w.WriteNumber("maxRounds", plan.MaxRounds ?? plan.Baseline.Rules.MaxRounds);
        w.WriteStartObject("vary");
        foreach (var d in plan.Vary.Dimensions) w.WriteNumber(VarySpec.NameOf(d.Dimension), d.Amount);
        w.WriteEndObject();
        Outcomes(w, plan.Baseline, result);
        w.WriteStartArray("sensitivity");
        foreach (var s in result.Sensitivity)
        {
            w.WriteStartObject();
            w.WriteString("dimension", VarySpec.NameOf(s.Dimension));
            w.WriteNumber("parameters", s.Parameters);
            w.WriteNumber("explained", s.Explained);
            w.WriteNumber("agreementExplained", s.Agreement);
            w.WriteString("strongestParameter", s.Strongest);
            w.WriteString("strongestOutcome", s.StrongestOutcome);
            w.WriteNumber("strongestCorrelation", s.StrongestCorrelation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (result.Sensitivity.IsEmpty) w.WriteNull("mostInfluential");
        else w.WriteString("mostInfluential", VarySpec.NameOf(result.Sensitivity[0].Dimension));
    });

    public static string Tournament(TournamentPlan plan, SweepResult result, IReadOnlyList<StrategyStanding> standings) => Write(w =>
    {
        w.WriteString("scenario", plan.Baseline.Id);
        w.WriteStartArray("strategies");
        foreach (var s in plan.Strategies) w.WriteStringValue(s.Name);
        w.WriteEndArray();
        w.WriteNumber("assignments", plan.Assignments);
        w.WriteNumber("repetitions", plan.Repetitions);
        w.WriteNumber("runs", plan.Runs);
        w.WriteNumber("seed", plan.Seed);
        w.WriteNumber("maxRounds", plan.MaxRounds ?? plan.Baseline.Rules.MaxRounds);
        w.WriteStartArray("standings");
        foreach (var s in standings)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", s.Rank);
            w.WriteString("strategy", s.Strategy);
            w.WriteNumber("seats", s.Seats);
            w.WriteNumber("meanUtility", s.MeanUtility);
            w.WriteNumber("meanSurplus", s.MeanSurplus);
            w.WriteNumber("agreementRate", s.AgreementRate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Outcomes(w, plan.Baseline, result);
    });

    private static void Outcomes(Utf8JsonWriter w, Scenario scenario, SweepResult result)
    {
        w.WriteStartObject("status");
        w.WriteNumber("agreement", result.Agreements);
        w.WriteNumber("partial", result.Partials);
        w.WriteNumber("noAgreement", result.NoAgreements);
        w.WriteEndObject();
        w.WriteNumber("agreementRate", result.AgreementRate);
        w.WriteStartObject("adoption");
        foreach (var a in result.Adoption)
        {
            var issue = scenario.Issues[a.Issue];
            w.WriteStartObject(issue.Id);
            for (var o = 0; o < issue.Options.Length; o++) w.WriteNumber(issue.Options[o].Id, Rate(a.Adopted[o], result.Runs));
            w.WriteNumber("(open)", Rate(a.Open, result.Runs));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("utilities");
        for (var c = 0; c < scenario.Countries.Length; c++) Distribution(w, scenario.Countries[c].Id, result.Utilities[c]);
        w.WriteEndObject();
        Distribution(w, "rounds", result.Rounds);
        Distribution(w, "roundsToAgreement", result.RoundsToAgreement);
    }

    private static double Rate(int count, int runs) => runs == 0 ? 0 : count / (double)runs;

    private static void Distribution(Utf8JsonWriter w, string name, Distribution d)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", d.Count);
        w.WriteNumber("mean", d.Mean);
        w.WriteNumber("min", d.Min);
        w.WriteNumber("p10", d.P10);
        w.WriteNumber("p50", d.P50);
        w.WriteNumber("p90", d.P90);
        w.WriteNumber("max", d.Max);
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
