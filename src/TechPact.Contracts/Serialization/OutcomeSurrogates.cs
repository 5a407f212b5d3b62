namespace TechPact.Contracts.Serialization;

// The engine stays free of Orleans, so its types cross the wire through these surrogates.

[GenerateSerializer, Immutable, Alias("techpact.option")]
public readonly record struct OptionSurrogate([Id(0)] string Id, [Id(1)] string Label, [Id(2)] string Standard);

[RegisterConverter]
public sealed class OptionConverter : IConverter<Option, OptionSurrogate>
{
    public Option ConvertFromSurrogate(in OptionSurrogate s) => new(s.Id, s.Label, s.Standard);
    public OptionSurrogate ConvertToSurrogate(in Option v) => new(v.Id, v.Label, v.Standard);
}

[GenerateSerializer, Immutable, Alias("techpact.issue")]
public readonly record struct IssueSurrogate([Id(0)] string Id, [Id(1)] string Title, [Id(2)] ImmutableArray<string> Areas, [Id(3)] ImmutableArray<Option> Options);

[RegisterConverter]
public sealed class IssueConverter : IConverter<Issue, IssueSurrogate>
{
    public Issue ConvertFromSurrogate(in IssueSurrogate s) => new(s.Id, s.Title, s.Areas, s.Options);
    public IssueSurrogate ConvertToSurrogate(in Issue v) => new(v.Id, v.Title, v.Areas, v.Options);
}

[GenerateSerializer, Immutable, Alias("techpact.option-set")]
public readonly record struct OptionSetSurrogate([Id(0)] ulong Bits);

[RegisterConverter]
public sealed class OptionSetConverter : IConverter<OptionSet, OptionSetSurrogate>
{
    public OptionSet ConvertFromSurrogate(in OptionSetSurrogate s) => new(s.Bits);
    public OptionSetSurrogate ConvertToSurrogate(in OptionSet v) => new(v.Bits);
}

[GenerateSerializer, Immutable, Alias("techpact.package")]
public readonly record struct PackageSurrogate([Id(0)] ImmutableArray<int> Choices);

[RegisterConverter]
public sealed class PackageConverter : IConverter<Package, PackageSurrogate>
{
    public Package ConvertFromSurrogate(in PackageSurrogate s) => new(s.Choices);
    public PackageSurrogate ConvertToSurrogate(in Package v) => new(v.Choices);
}
