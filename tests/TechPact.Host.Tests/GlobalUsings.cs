// The engine's pure runner is named like the engine's root namespace, which shadows it from here.
global using PureNegotiation = TechPact.Negotiation.Summits.Negotiation;
