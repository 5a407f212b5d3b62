using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace TechPact.Grains.Tests.Serialization.Stored;

/// <summary>What Orleans does with bytes an older type wrote: the facts behind keeping the engine's
/// records unannotated and mapping them through surrogates (docs/serialization.md). Pinned here so
/// an Orleans upgrade that changes them fails a test instead of surprising stored state.</summary>
public sealed class VersionToleranceFacts
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(VersionToleranceFacts).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static TNew Reread<TOld, TNew>(TOld old) => Serializer.Deserialize<TNew>(Serializer.SerializeToArray(old))!;

    [Fact]
    public void A_member_added_later_reads_as_its_type_default_not_its_initializer()
    {
        var read = Reread<MoveV1, MoveV2>(new MoveV1("US", 0.5));

        Assert.Equal(("US", 0.5), (read.Country, read.Utility));
        // The codec makes the object without running a constructor or an initializer: a record
        // annotated directly would read 0, a default ImmutableArray (which throws when enumerated)
        // and null where its declaration promises 1, [] and "". A converter is where stored-before
        // values get their meaning back (CountryProfileConverter's Discount, ScenarioConverter's Description).
        Assert.Equal(0.0, read.Discount);
        Assert.True(read.Amendments.IsDefault);
        Assert.Null(read.Reason);
    }

    [Fact]
    public void A_member_removed_later_is_skipped()
    {
        var read = Reread<MoveV2, MoveV1>(new MoveV2("JP", 0.25) { Discount = 0.9, Amendments = [1], Reason = "r" });
        Assert.Equal(("JP", 0.25), (read.Country, read.Utility));
    }

    [Fact]
    public void Without_explicit_ids_a_record_numbers_its_members_by_position()
    {
        // MoveV1 has no [Id]s: its constructor parameters are fields 0 and 1. A parameter inserted
        // in front shifts them, and the old Utility (field 1) lands in the new Note; the old
        // Country (field 0) is still field 0 only because it stayed first.
        Assert.Throws<UnsupportedWireTypeException>(() => Reread<MoveV1, MoveInserted>(new MoveV1("KR", 0.75)));
    }

    [Fact]
    public void Ids_on_properties_move_a_records_members_to_another_section_of_the_wire_format()
    {
        // Constructor parameters (implicit ids, or [Id] on the parameter) are written before the
        // end-of-base marker, members with [property: Id] after it. Pinning MoveV1's positional ids
        // as [property: Id(0)], [property: Id(1)] therefore reads nothing of what MoveV1 stored, silently.
        var read = Reread<MoveV1, MovePropertyIds>(new MoveV1("KR", 0.75));
        Assert.Equal((null, 0.0), (read.Country, read.Utility));
    }

    [Fact]
    public void Ids_on_parameters_keep_the_wire_format_and_let_members_be_reordered()
    {
        var read = Reread<MoveV1, MoveReordered>(new MoveV1("KR", 0.75));
        Assert.Equal(("KR", 0.75, null), (read.Country, read.Utility, read.Note));
    }
}

[GenerateSerializer, Alias("techpact.experiment.move-v1")]
public sealed record MoveV1(string Country, double Utility);

[GenerateSerializer, Alias("techpact.experiment.move-v2")]
public sealed record MoveV2(string Country, double Utility)
{
    [Id(2)] public double Discount { get; init; } = 1.0;
    [Id(3)] public ImmutableArray<int> Amendments { get; init; } = [];
    [Id(4)] public string Reason { get; init; } = "";
}

[GenerateSerializer, Alias("techpact.experiment.move-inserted")]
public sealed record MoveInserted(string Country, string? Note, double Utility);

[GenerateSerializer, Alias("techpact.experiment.move-reordered")]
public sealed record MoveReordered([Id(2)] string? Note, [Id(1)] double Utility, [Id(0)] string Country);

[GenerateSerializer, Alias("techpact.experiment.move-property-ids")]
public sealed record MovePropertyIds([property: Id(0)] string Country, [property: Id(1)] double Utility);
