namespace TechPact.Host.Cli;

/// <summary>The command line meets the same caps as a file: --max-rounds the scenario format's,
/// --runs and --repetitions the experiment cap, and --out is checked before anything runs.</summary>
public static class OptionLimits
{
    private static readonly Dictionary<string, (long Max, string Why)> Caps = new(StringComparer.Ordinal)
    {
        ["--max-rounds"] = (InputLimits.MaxRounds, "the cap max-rounds has in a scenario file"),
        ["--runs"] = (InputLimits.MaxExperimentRuns, "the cap on an experiment's runs"),
        ["--repetitions"] = (InputLimits.MaxExperimentRuns, "the cap on an experiment's runs"),
        ["--parallel"] = (InputLimits.MaxParallel, "more would only queue up"),
    };

    /// <summary>Prints and returns false on the first value below 1 or above its cap.</summary>
    public static bool Check(TextWriter error, params (string Option, long? Value)[] counts)
    {
        foreach (var (option, value) in counts)
        {
            if (value is null) continue;
            var (max, why) = Caps.TryGetValue(option, out var cap) ? cap : (long.MaxValue, "");
            if (value >= 1 && value <= max) continue;
            error.WriteLine(max == long.MaxValue
                ? $"error: {option} must be at least 1"
                : $"error: {option} must be from 1 to {max:N0} ({why}); got {value}");
            return false;
        }
        return true;
    }

    /// <summary>Prints and returns false when <paramref name="directory"/> cannot take the output (a
    /// file, a folder of other files, not writable): refused before the run, not after it.</summary>
    public static bool CheckOut(TextWriter error, string? directory, string option = "--out")
    {
        if (directory is null || RunFiles.Problem(directory) is not { } problem) return true;
        error.WriteLine($"error: {option} {TextRules.Visible(directory)} {problem}");
        return false;
    }
}
