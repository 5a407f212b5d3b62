using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using TechPact.Contracts.Classroom;
using TechPact.Host.Silo;
using TechPact.Negotiation.Summits;

namespace TechPact.Classroom.Tests.Fixtures;

/// <summary>One in-process silo as a host builds it (memory storage) with a fake round clock the tests move by hand.</summary>
public sealed class ClassroomCluster : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 10, 29, 9, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; }

    public ClassroomCluster()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddTechPact(new TechPactSiloOptions { RoundTime = Time }));
        Cluster = builder.Build();
    }

    public IClusterClient Client => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>A fresh session of the seed scenario; by default the US is human and Japan and Korea are AI.</summary>
    public async Task<(IClassroomGrain Grain, string Instructor)> NewSessionAsync(int tables = 1, int deadlineSeconds = 60, params string[] humans)
    {
        if (humans.Length == 0) humans = ["US"];
        var scenario = Repo.LoadSeedScenario();
        var plans = scenario.Countries.Select(c => new CountryPlan(c.Id, humans.Contains(c.Id), c.Strategy.Name)).ToArray();
        var grain = Client.GetGrain<IClassroomGrain>($"test-{Guid.NewGuid():N}");
        var created = await grain.Create(new ClassroomSetup("us-japan-korea", scenario, scenario.Rules, [.. plans], tables, deadlineSeconds));
        return (grain, created.InstructorToken);
    }
}

[CollectionDefinition(Name)]
public sealed class ClassroomClusterCollection : ICollectionFixture<ClassroomCluster>
{
    public const string Name = "classroom-cluster";
}
