namespace TechPact.Benchmarks;

/// <summary>The cheapest grain call there is: the floor under every figure with grains in it.</summary>
[Alias("techpact.bench.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task<int> Ping(int value);

    /// <summary>Calls another ping grain <paramref name="calls"/> times in sequence: grain-to-grain cost.</summary>
    [Alias("Relay")]
    Task<int> Relay(long target, int calls);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);

    public async Task<int> Relay(long target, int calls)
    {
        var other = GrainFactory.GetGrain<IPingGrain>(target);
        var sum = 0;
        for (var i = 0; i < calls; i++) sum += await other.Ping(i);
        return sum;
    }
}
