namespace TechPact.Contracts.Serialization;

// The engine stays free of Orleans, so its types cross the wire through these surrogates.

[GenerateSerializer, Immutable, Alias("techpact.option")]
public readonly record struct OptionSurrogate([Id(0)] string Id, [Id(1)] string Label, [Id(2)] string Standard);

[RegisterConverter]
public sealed class OptionConverter() : FieldConverter<Option, OptionSurrogate>(s => new(s.Id, s.Label, s.Standard), v => new(v.Id, v.Label, v.Standard));

[GenerateSerializer, Immutable, Alias("techpact.issue")]
public readonly record struct IssueSurrogate([Id(0)] string Id, [Id(1)] string Title, [Id(2)] ImmutableArray<string> Areas, [Id(3)] ImmutableArray<Option> Options);

[RegisterConverter]
public sealed class IssueConverter() : FieldConverter<Issue, IssueSurrogate>(s => new(s.Id, s.Title, s.Areas, s.Options), v => new(v.Id, v.Title, v.Areas, v.Options));

[GenerateSerializer, Immutable, Alias("techpact.option-set")]
public readonly record struct OptionSetSurrogate([Id(0)] ulong Bits);

[RegisterConverter]
public sealed class OptionSetConverter() : FieldConverter<OptionSet, OptionSetSurrogate>(s => new(s.Bits), v => new(v.Bits));

[GenerateSerializer, Immutable, Alias("techpact.package")]
public readonly record struct PackageSurrogate([Id(0)] ImmutableArray<int> Choices);

[RegisterConverter]
public sealed class PackageConverter() : FieldConverter<Package, PackageSurrogate>(s => new(s.Choices), v => new(v.Choices));
