using Orleans.TestingHost;
using TechPact.Host.Silo;

namespace TechPact.Grains.Tests.Fixtures;

/// <summary>One in-process silo shared by every cluster test: starting a silo costs seconds, a grain call microseconds.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = Build();

    /// <summary>The services and memory storage of an embedded `techpact run` (<see cref="TechPactSilo.AddTechPact"/>).</summary>
    private static InProcessTestCluster Build()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddTechPact());
        return builder.Build();
    }

    public IClusterClient Client => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
