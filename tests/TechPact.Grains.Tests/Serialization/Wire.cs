using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using TechPact.Contracts.Summits;

namespace TechPact.Grains.Tests.Serialization;

/// <summary>The Orleans serializer with the contracts' surrogates, as a silo has it: a value sent
/// through it comes back as the other side of a grain call would see it.</summary>
internal static class Wire
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(SummitView).Assembly))
        .BuildServiceProvider();

    private static readonly Serializer Serializer = Services.GetRequiredService<Serializer>();

    public static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    /// <summary>The copy Orleans makes of an argument of a call inside one silo.</summary>
    public static T DeepCopy<T>(T value) => Services.GetRequiredService<DeepCopier<T>>().Copy(value)!;
}
