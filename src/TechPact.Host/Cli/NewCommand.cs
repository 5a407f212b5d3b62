using System.Text.RegularExpressions;

namespace TechPact.Host.Cli;

/// <summary>`techpact new &lt;name&gt; [--countries US,JP,KR] [--from SCENARIO] [-o FILE]`: writes a
/// starter scenario that validates, and never over an existing file.</summary>
public static partial class NewCommand
{
    private static readonly string[] DefaultCountries = ["US", "EU", "JP"];

    public static Command Create(CliStreams streams)
    {
        var name = new Argument<string>("name") { Description = "Title of the new scenario; its id and default file name are made from it." };
        var countries = new Option<string?>("--countries") { Description = "Comma-separated country ids, e.g. US,JP,KR (default US,EU,JP, or the --from scenario's)." };
        var from = new Option<string?>("--from") { Description = "Start from this scenario's agenda: a file, or a name in scenarios/ (e.g. us-japan-korea)." };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default <id>.yaml); never overwritten." };
        var command = new Command("new", "Write a commented starter scenario that validates.") { name, countries, from, output };
        command.SetAction(parsed => Execute(parsed.GetValue(name)!, parsed.GetValue(countries), parsed.GetValue(from), parsed.GetValue(output), streams));
        return command;
    }

    private static int Execute(string title, string? countryList, string? from, string? output, CliStreams streams)
    {
        var id = Slug(title);
        if (id.Length == 0) return Fail(streams, $"'{title}' has no letters or digits to make a scenario id from");
        var countries = countryList?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (countries is not null && CheckCountries(countries) is { } problem) return Fail(streams, problem);
        var path = output ?? id + ".yaml";
        if (File.Exists(path) || Directory.Exists(path)) return Fail(streams, $"{path} already exists; choose another name or -o FILE (it is never overwritten)");

        string yaml;
        if (from is null)
            yaml = StarterScenario.FromScratch(id, title.Trim(), countries ?? DefaultCountries);
        else
        {
            var source = FindScenario(from);
            if (source is null) return Fail(streams, $"--from {from}: no such file, and no scenarios/{from}.yaml here or in a folder above");
            var loaded = ScenarioInput.Load(source, streams.Error);
            if (loaded is null) return ExitCodes.InvalidInput;
            var derived = DerivedScenario.From(loaded, id, title.Trim(), countries);
            yaml = StarterScenario.SchemaModeline + "\n" + ScenarioYamlWriter.Write(derived,
                $"\n{title.Trim()}: a new scenario on the agenda of {Path.GetFileName(source)}.\n" +
                "Countries it did not have start neutral (every issue equal, indifferent between options,\n" +
                "reservation 0): give them strengths, priorities, positions and a reservation.\n" +
                "Reference: docs/scenario-format.md. Check with `techpact validate`, run with `techpact run`.\n\n" +
                "What it teaches: (say what this scenario is for)\nSources: (say where its facts come from)");
        }

        // What `new` writes must validate; anything else is a bug here, not the user's mistake.
        var check = ScenarioLoader.LoadText(yaml, path);
        if (check.HasErrors)
        {
            foreach (var d in check.Diagnostics) streams.Error.WriteLine(d.ToString());
            return Fail(streams, "the starter scenario did not validate; nothing was written");
        }
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(false).GetBytes(yaml));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(streams, $"cannot write {path}: {e.Message}");
        }
        streams.Out.WriteLine($"wrote {path} ({check.Scenario!.Countries.Length} countries, {check.Scenario.Issues.Length} issues); " +
                              $"check it with `techpact validate {path}`");
        return ExitCodes.Completed;
    }

    private static string? CheckCountries(string[] countries)
    {
        if (countries.Length < 2) return $"--countries needs at least 2 countries, found {countries.Length}";
        if (countries.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"--countries names '{twice.Key}' twice";
        if (countries.FirstOrDefault(c => !CountryId().IsMatch(c)) is { } bad)
            return $"--countries: '{bad}' is not a usable id; expected letters, digits, '-' or '_'";
        return null;
    }

    private static string? FindScenario(string from)
    {
        if (File.Exists(from)) return from;
        var name = from.EndsWith(".yaml", StringComparison.Ordinal) ? from : from + ".yaml";
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios", name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string Slug(string title) => NotIdCharacters().Replace(title.Trim().ToLowerInvariant(), "-").Trim('-');

    private static int Fail(CliStreams streams, string message)
    {
        streams.Error.WriteLine("error: " + message);
        return ExitCodes.InvalidInput;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex CountryId();
}
