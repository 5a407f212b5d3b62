using System.Xml.Linq;

namespace TechPact.Scenarios.Genius;

/// <summary>Imports a GENIUS domain and its linear-additive profiles as an engine scenario:
/// one issue per GENIUS issue, one country per profile. Problems come back as diagnostics with
/// file and line, never as exceptions. Semantics and choices: docs/genius-import.md.</summary>
public static class GeniusImporter
{
    /// <summary>Imports a folder: the domain is the one file without utility weights, the profiles
    /// are the others, in file-name order.</summary>
    public static ScenarioLoadResult ImportFolder(string folder, GeniusImportOptions? options = null)
    {
        options ??= GeniusImportOptions.Default;
        if (!Directory.Exists(folder))
            return Failed(folder, "folder not found");
        var read = Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(GeniusSource.Read).ToList();
        if (read.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList() is { Count: > 0 } unreadable)
            return new ScenarioLoadResult(null, unreadable);
        var files = read.Select(r => r.Source!).ToList();
        var domains = files.Where(IsDomainFile).ToList();
        if (domains.Count != 1)
            return Failed(folder, domains.Count == 0
                ? "no domain file (an XML file without <weight>s) in the folder"
                : $"several candidate domain files: {string.Join(", ", domains.Select(d => Path.GetFileName(d.FileName)))}");
        var profiles = files.Except(domains).Take(options.MaxProfiles ?? int.MaxValue).ToList();
        var id = options.ScenarioId ?? Slug.Of(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), "genius");
        return Import(domains[0], profiles, options with { ScenarioId = id });
    }

    public static ScenarioLoadResult Import(string domainFile, IReadOnlyList<string> profileFiles, GeniusImportOptions? options = null)
    {
        var read = new[] { domainFile }.Concat(profileFiles).Select(GeniusSource.Read).ToList();
        if (read.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList() is { Count: > 0 } unreadable)
            return new ScenarioLoadResult(null, unreadable);
        return Import(read[0].Source!, read.Skip(1).Select(r => r.Source!).ToList(), options);
    }

    public static ScenarioLoadResult Import(GeniusSource domainSource, IReadOnlyList<GeniusSource> profileSources, GeniusImportOptions? options = null)
    {
        options ??= GeniusImportOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var domainXml = new GeniusXml(domainSource.FileName, diagnostics);
        var domain = domainXml.Parse(domainSource.Xml) is { } domainDocument ? GeniusDomain.Read(domainXml, domainDocument) : null;
        if (domain is null || diagnostics.Count > 0) return new ScenarioLoadResult(null, diagnostics);
        if (profileSources.Count < 2)
            diagnostics.Add(new Diagnostic(Severity.Error, domainSource.FileName, 0, 0,
                $"a negotiation needs at least 2 profiles; {profileSources.Count} given"));

        var countries = new List<CountryProfile>();
        var countryIds = Slug.UniqueIds(profileSources.Select(s => Path.GetFileNameWithoutExtension(s.FileName)), "party");
        for (var p = 0; p < profileSources.Count; p++)
        {
            var source = profileSources[p];
            var xml = new GeniusXml(source.FileName, diagnostics);
            if (xml.Parse(source.Xml) is not { } document || GeniusProfile.Read(xml, document, domain, options) is not { } profile) continue;
            var id = countryIds[p];
            countries.Add(CountryProfile.Create(id, id, ImmutableDictionary<string, double>.Empty, profile.Weights,
                profile.Evaluations.Select(e => (IReadOnlyList<double>)e).ToList(),
                domain.Issues.Select(_ => OptionSet.Empty).ToList(), profile.Reservation, StrategySpec.Boulware) with { Discount = profile.Discount });
            WarnAboutFlatIssues(diagnostics, source.FileName, domain, profile);
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return new ScenarioLoadResult(null, diagnostics);

        var scenarioId = options.ScenarioId ?? Slug.Of(Path.GetFileNameWithoutExtension(domainSource.FileName), "genius");
        var title = $"{Path.GetFileNameWithoutExtension(domainSource.FileName)} (GENIUS)";
        return new ScenarioLoadResult(new Scenario(scenarioId, title, Issues(domain), [.. countries], DefaultRules), diagnostics);
    }

    /// <summary>The scenario format's defaults (docs/scenario-format.md).</summary>
    private static readonly NegotiationRules DefaultRules = new(1, 12, NegotiationRules.SingleNegotiatingText, 0.05);

    private static ImmutableArray<Issue> Issues(GeniusDomain domain)
    {
        var issueIds = Slug.Unique(domain.Issues.Select(i => i.Name), "issue");
        return domain.Issues.Select((issue, i) =>
        {
            var optionIds = Slug.Unique(issue.Values, "option");
            var options = issue.Values.Select((value, v) => new Option(optionIds[v], value, $"{issue.Name}: {value}"));
            return new Issue(issueIds[i], issue.Name, [], [.. options]);
        }).ToImmutableArray();
    }

    /// <summary>An issue whose evaluations are all zero is worth nothing to that party, whatever its weight.</summary>
    private static void WarnAboutFlatIssues(List<Diagnostic> diagnostics, string file, GeniusDomain domain, GeniusProfile profile)
    {
        for (var i = 0; i < domain.Issues.Count; i++)
            if (profile.Evaluations[i].All(e => e == 0) && profile.Weights[i] > 0)
                diagnostics.Add(new Diagnostic(Severity.Warning, file, 0, 0,
                    $"every evaluation of issue '{domain.Issues[i].Name}' is 0: its weight counts for nothing"));
    }

    /// <summary>Parsed under the same limits as an import; a file that does not parse is not the
    /// domain (its problems are reported when it is read as a profile).</summary>
    private static bool IsDomainFile(GeniusSource source) =>
        new GeniusXml(source.FileName, []).Parse(source.Xml) is { } document && !document.Descendants("weight").Any();

    private static ScenarioLoadResult Failed(string path, string message) =>
        new(null, [new Diagnostic(Severity.Error, path, 0, 0, message)]);
}
