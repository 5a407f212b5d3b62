using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using TechPact.Contracts.Summits;
using TechPact.Grains.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Tests.Serialization.Stored;

/// <summary>State a previous version stored (in Redis, say) still reads. Each stored type has a
/// sample (<see cref="StoredSamples"/>) whose bytes, written by Orleans' storage serializer as a
/// silo has it, are frozen in <c>Frozen/NAME.vN.bin</c>. Every frozen version must keep decoding
/// to the sample; the newest must also equal what today's code writes, so a changed wire format
/// (a renumbered [Id], a moved surrogate field) fails here instead of in someone's stored summits.
/// To freeze a new version after a deliberate format change: add it with
/// TECHPACT_FREEZE_STORED=DIR, which writes today's bytes to DIR (see docs/serialization.md).</summary>
public sealed class StoredFormatTests
{
    private static readonly IGrainStorageSerializer Storage = new OrleansGrainStorageSerializer(new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(SummitLog).Assembly).AddAssembly(typeof(SummitSeating).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>());

    [Fact]
    public void A_stored_summit_log_reads()
    {
        var log = Check("summit-log", StoredSamples.Log());
        Assert.Equal("Frozen sample.", log.Scenario.Description);
        Assert.Equal(18, log.Transcript.Length);
        var opened = Assert.IsType<SummitOpened>(log.Transcript[0]);
        Assert.Equal(("JP", 0.1), (opened.FirstMover, opened.Noise));
        Assert.Equal(SummitStatus.Agreement, Assert.IsType<SummitConcluded>(log.Transcript[^1]).Status);
    }

    [Fact]
    public void Stored_seating_reads()
    {
        var seating = Check("summit-seating", StoredSamples.Seating());
        Assert.Equal("classroom frozen", seating.Plan.Owner);
        Assert.Equal<string>(["python", "agent.py"], seating.Changes[1].Seat.Argv);
        Assert.Equal(0.25, seating.Answers["KR"].Move!.Risk);
        Assert.Equal(StoredSamples.Injects.Length, seating.Injects.Count);
    }

    [Fact]
    public void A_stored_classroom_reads()
    {
        var classroom = Check("classroom-state", StoredSamples.Classroom());
        Assert.Equal(("instructor-token", 5), (classroom.InstructorToken, classroom.Version));
        Assert.Equal("seat-token", classroom.Seats[0].Token);
        Assert.Equal(90, classroom.Setup!.DeadlineSeconds);
    }

    [Fact]
    // Join codes live in shards since the class work (a miss activates nothing); the one-grain-per-code
    // state of before is not read: codes of a session made by the previous version stop resolving.
    public void A_stored_join_code_shard_reads() => Assert.Equal("session-frozen", Check("join-codes", StoredSamples.JoinCodes()).Sessions["K7Q2M3X9"]);

    [Fact]
    public void The_stored_list_of_running_summits_reads() =>
        Assert.Equal(TimeSpan.FromSeconds(1.5), Check("running-summits", StoredSamples.Running()).Summits["summit-frozen"]);

    /// <returns>The newest frozen version, decoded.</returns>
    private static T Check<T>(string name, T sample)
    {
        var today = Storage.Serialize(sample).ToArray();
        if (Environment.GetEnvironmentVariable("TECHPACT_FREEZE_STORED") is { Length: > 0 } dir)
            File.WriteAllBytes(Path.Combine(dir, $"{name}.v{Versions(name).Count + 1}.bin"), today);

        var versions = Versions(name);
        Assert.True(versions.Count > 0, $"no frozen sample of {name}: freeze one with TECHPACT_FREEZE_STORED");
        // Same value ⇔ same bytes when encoded by today's code (ImmutableArrays compare by reference).
        foreach (var (version, bytes) in versions)
            Assert.True(today.AsSpan().SequenceEqual(Storage.Serialize(Storage.Deserialize<T>(new BinaryData(bytes))).ToArray()),
                $"{name}.v{version}.bin no longer decodes to the sample");
        Assert.True(today.AsSpan().SequenceEqual(versions[^1].Bytes),
            $"today's code writes {name} differently from {name}.v{versions.Count}.bin: freeze a new version if that is deliberate");
        return Storage.Deserialize<T>(new BinaryData(versions[^1].Bytes))!;
    }

    private static List<(int Version, byte[] Bytes)> Versions(string name)
    {
        var assembly = typeof(StoredFormatTests).Assembly;
        var prefix = $"{typeof(StoredFormatTests).Namespace}.Frozen.{name}.v";
        return [.. assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(prefix, StringComparison.Ordinal) && r.EndsWith(".bin", StringComparison.Ordinal))
            .Select(r => (Version: int.Parse(r[prefix.Length..^4]), Bytes: Read(assembly.GetManifestResourceStream(r)!)))
            .OrderBy(v => v.Version)];
    }

    private static byte[] Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
