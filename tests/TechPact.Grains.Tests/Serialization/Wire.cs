using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TechPact.Contracts.Summits;

namespace TechPact.Grains.Tests.Serialization;

/// <summary>The Orleans serializer with the contracts' surrogates, as a silo has it: a value sent
/// through it comes back as the other side of a grain call would see it.</summary>
internal static class Wire
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(SummitView).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;
}
