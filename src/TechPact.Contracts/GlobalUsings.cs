// Namespaces most of this project's files use, imported once here instead of at the top of each file.
global using System.Collections.Immutable;
global using TechPact.Contracts.Seats;
global using TechPact.Negotiation.Coalitions;
global using TechPact.Negotiation.Events;
global using TechPact.Negotiation.Negotiators;
global using TechPact.Negotiation.Outcomes;
global using TechPact.Negotiation.Preferences;
global using TechPact.Negotiation.Seats;
global using TechPact.Negotiation.Summits;
