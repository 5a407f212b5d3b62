using Orleans.TestingHost;

namespace TechPact.Grains.Tests.Fixtures;

/// <summary>One in-process silo shared by every cluster test: starting a silo costs seconds, a grain call microseconds.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = new InProcessTestClusterBuilder(1).Build();

    public IClusterClient Client => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
