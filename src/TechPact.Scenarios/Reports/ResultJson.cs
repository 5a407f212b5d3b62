namespace TechPact.Scenarios.Reports;

/// <summary>result.json (contract, <see cref="ResultDocument"/>): scenario, seed, status, rounds, agreement
/// (issue id → option id, open issues omitted), utilities (country id → number); a run's full report adds
/// discountedUtilities (when some country discounts), departed (country id → the round it left the summit,
/// when one did), analysis, clubs and ledger, in that order.</summary>
public static class ResultJson
{
    /// <summary>The contract's fixed keys only.</summary>
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript) =>
        ReportJson.File(Fixed(scenario, RunOutcome.FromTranscript(transcript)), ReportJson.Contract.ResultDocument);

    /// <summary>The full result of a run: the fixed keys and every section.</summary>
    public static string Write(Scenario scenario, RunOutcome outcome, OutcomeAnalysis analysis, IEnumerable<TranscriptEvent> transcript) =>
        ReportJson.File(Fixed(scenario, outcome) with
        {
            DiscountedUtilities = outcome.DiscountedUtilities(scenario) is { } discounted ? Ids.ByCountry(scenario, discounted) : null,
            Analysis = AnalysisJson.Document(scenario, analysis),
            Clubs = [.. (transcript.OfType<SummitConcluded>().LastOrDefault()?.Clubs ?? []).Select(c => Ids.Club(scenario, c))],
            Ledger = [.. transcript.OfType<TradeAgreed>().SelectMany(t => new[] { t.First, t.Second })],
        }, ReportJson.Contract.ResultDocument);

    private static ResultDocument Fixed(Scenario scenario, RunOutcome outcome) =>
        new(outcome.ScenarioId, outcome.Seed, RunOutcome.StatusName(outcome.Status), outcome.Rounds,
            Ids.Package(scenario, outcome.Agreement, includeOpen: false), Ids.ByCountry(scenario, outcome.Utilities))
        {
            Departed = outcome.Departed.IsEmpty ? null
                : new(scenario.Countries.Where(c => outcome.Departed.ContainsKey(c.Id)).Select(c => KeyValuePair.Create(c.Id, outcome.Departed[c.Id]))),
        };
}
