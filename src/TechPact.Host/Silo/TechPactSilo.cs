using Orleans.Storage;
using TechPact.Grains.Summits;
using TechPact.Grains.Telemetry;

namespace TechPact.Host.Silo;

/// <summary>What a TechPact silo holds besides its grains, whoever hosts it.</summary>
public sealed record TechPactSiloOptions
{
    /// <summary>Where grain state goes: memory (embedded) or Redis.</summary>
    public ClusterBacking Backing { get; init; } = ClusterBacking.Embedded;

    /// <summary>The clock round deadlines read; a test hands in a fake one.</summary>
    public TimeProvider RoundTime { get; init; } = TimeProvider.System;

    /// <summary>Where agent programs the user named (--seat KR=agent:…) start: the directory they
    /// typed the command in. Null: this silo starts none (`serve`), whatever a request says.</summary>
    public string? AgentsFrom { get; init; }
}

/// <summary>The one composition root of a silo: `run`, `fork`, the experiments, `serve`,
/// `run --dashboard`, the benchmarks and every test cluster call <see cref="AddTechPact"/>, so grains
/// get every service they take in their constructors, and state is stored the same way everywhere.
/// How the silo finds its cluster is the host's (<see cref="ClusterBacking.Join"/>) or the test harness's.</summary>
public static class TechPactSilo
{
    /// <summary>The service id every TechPact silo and client presents.</summary>
    public const string ServiceId = "techpact";

    /// <summary>The cluster `serve` forms: a `run --connect` client and `run --redis` silos join it.</summary>
    public const string ServeClusterId = "techpact-serve";

    public static ISiloBuilder AddTechPact(this ISiloBuilder silo, TechPactSiloOptions? options = null)
    {
        options ??= new TechPactSiloOptions();
        options.Backing.AddGrainStorage(silo);
        // Stored state in Orleans' own binary format, by the same [GenerateSerializer] code and
        // surrogates as every grain call: the engine's immutable types (abstract transcript events,
        // immutable collections) have no JSON form, and the default JSON serializer can't read them back.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Services.AddSingleton<NegotiationMetrics>();
        silo.Services.AddSingleton(new RoundClock(options.RoundTime));
        // Made by the container, so the container disposes it when the silo stops: no program outlives its silo.
        var agentsFrom = options.AgentsFrom;
        silo.Services.AddSingleton(_ => agentsFrom is null ? AgentProcesses.Refusing() : new AgentProcesses(agentsFrom));
        return silo;
    }
}
