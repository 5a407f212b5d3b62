// Namespaces most of this project's files use, imported once here instead of at the top of each file.
global using System.Collections.Immutable;
global using Microsoft.Extensions.Logging;
global using Orleans.Runtime;
global using Orleans.Storage;
global using TechPact.Agents.Messages;
global using TechPact.Contracts;
global using TechPact.Contracts.Classroom;
global using TechPact.Contracts.Seats;
global using TechPact.Contracts.Summits;
global using TechPact.Grains.Classroom;
global using TechPact.Grains.Summits.Storage;
global using TechPact.Grains.Telemetry;
global using TechPact.Negotiation.Events;
global using TechPact.Negotiation.Negotiators;
global using TechPact.Negotiation.Seats;
global using TechPact.Negotiation.Summits;
