using System.Collections.Immutable;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Summits;

namespace TechPact.Contracts.Summits;

/// <summary>Where one country stands after a round: how it rates the draft it answered and
/// whether it accepted it.</summary>
[GenerateSerializer, Immutable, Alias("techpact.CountryStanding")]
public sealed record CountryStanding(string CountryId, string Name, double DraftUtility, bool Accepts, double Reservation);

/// <summary>What one round did: every country's answer, the issues that have converged, and
/// the draft the mediator tables next (or the pact, when the round concluded the summit).</summary>
[GenerateSerializer, Immutable, Alias("techpact.RoundView")]
public sealed record RoundView(
    int Round,
    SummitStatus Status,
    ImmutableArray<CountryStanding> Countries,
    ImmutableArray<string> ConvergedIssues,
    Package Draft);

/// <summary>A summit at a glance, for the CLI and the UI.</summary>
/// <param name="Round">Rounds completed.</param>
/// <param name="Countries">Standings after the last round (before round 1: utility of the opening draft, no acceptance).</param>
/// <param name="Agreement">The pact once concluded (open issues as <see cref="Package.Open"/>); all open before.</param>
/// <param name="AgreementUtilities">Each country's utility of <paramref name="Agreement"/>, in scenario order.</param>
[GenerateSerializer, Immutable, Alias("techpact.SummitView")]
public sealed record SummitView(
    string SummitId,
    string ScenarioId,
    string Title,
    int Round,
    int MaxRounds,
    SummitStatus Status,
    Package Draft,
    ImmutableArray<CountryStanding> Countries,
    ImmutableArray<string> ConvergedIssues,
    Package Agreement,
    ImmutableArray<double> AgreementUtilities)
{
    public bool IsOver => Status != SummitStatus.Running;
}
