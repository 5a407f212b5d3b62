using System.Text.Json;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>result.json's <c>discountedUtilities</c> (country id → u · d^(round / deadline)), present only
/// when some country discounts (a GENIUS profile's discount factor, or the scenario's <c>discount</c>).</summary>
internal sealed class DiscountSection(Scenario scenario, IReadOnlyList<double> discounted) : IResultSection
{
    public string Name => "discountedUtilities";

    public void WriteValue(Utf8JsonWriter writer) => JsonText.WriteByCountry(writer, scenario, discounted);

    public static IEnumerable<IResultSection> From(Scenario scenario, RunOutcome outcome) =>
        outcome.DiscountedUtilities(scenario) is { } discounted ? [new DiscountSection(scenario, discounted)] : [];
}
