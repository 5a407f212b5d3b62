using TechPact.Negotiation.Preferences;
using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Protocols;

/// <summary>The fixed facts of one summit that protocols and the mediator reason over.</summary>
public sealed record SummitSetting(Scenario Scenario, NegotiationRules Rules, Leverage Leverage);
