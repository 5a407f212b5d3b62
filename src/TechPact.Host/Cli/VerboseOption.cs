namespace TechPact.Host.Cli;

/// <summary>`--verbose` of the verbs that host a silo: the runtime's warnings on stderr as well as in the log file.</summary>
public static class VerboseOption
{
    public static Option<bool> Create() => new("--verbose")
    {
        Description = $"Also show the Orleans runtime's warnings on stderr; without it {RuntimeLog.Described}.",
    };
}
