using TechPact.Scenarios.Genius;

namespace TechPact.Host.Cli;

/// <summary>`techpact import genius &lt;folder | domain.xml profile.xml...&gt; [-o out.yaml]`: a GENIUS
/// domain and its linear-additive profiles as a scenario that run and analyze take.</summary>
public static class ImportCommand
{
    public static Command Create(CliStreams streams)
    {
        var sources = new Argument<string[]>("source")
        {
            Description = "A GENIUS domain folder, or the domain XML followed by profile XMLs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the scenario here (default: standard output)." };
        var ignoreDiscount = new Option<bool>("--ignore-discount")
        {
            Description = "Drop discount factors below 1 (with a warning): utilities undiscounted. By default each profile keeps its factor as the country's discount.",
        };
        var maxProfiles = new Option<int?>("--max-profiles") { Description = "Take only the first N profiles of a folder." };
        var genius = new Command("genius", "Import a GENIUS XML domain and its profiles.") { sources, output, ignoreDiscount, maxProfiles };
        genius.SetAction(parsed =>
        {
            var files = parsed.GetValue(sources) ?? [];
            var options = new GeniusImportOptions(parsed.GetValue(ignoreDiscount), parsed.GetValue(maxProfiles));
            var result = files.Length == 1 && Directory.Exists(files[0])
                ? GeniusImporter.ImportFolder(files[0], options)
                : GeniusImporter.Import(files[0], files.Skip(1).ToArray(), options);
            foreach (var diagnostic in result.Diagnostics) streams.Error.WriteLine(diagnostic.ToString());
            if (result.HasErrors || result.Scenario is null) return ExitCodes.InvalidInput;

            var header = $"Imported from GENIUS: {string.Join(" ", files.Select(Path.GetFileName))}";
            var yaml = ScenarioYamlWriter.Write(result.Scenario, header);
            var target = parsed.GetValue(output);
            if (target is null) streams.Out.Write(yaml);
            else
            {
                RunFiles.WriteFileAtomically(target, yaml);
                streams.Out.WriteLine($"{target}: {result.Scenario.Countries.Length} countries, {result.Scenario.Issues.Length} issues");
            }
            return ExitCodes.Completed;
        });
        return new Command("import", "Import negotiation domains from other tools.") { genius };
    }
}
