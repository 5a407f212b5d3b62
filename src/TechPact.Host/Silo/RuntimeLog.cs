using Serilog;
using Serilog.Events;

namespace TechPact.Host.Silo;

/// <summary>Where the Orleans runtime's own messages go when a CLI verb hosts a silo: the terminal is for
/// people, so warnings (a slow watchdog on a busy machine, a retried connection) go to a log file, and reach
/// stderr only with <c>--verbose</c>. A runtime error still reaches stderr, as one line that points at the log.</summary>
public static class RuntimeLog
{
    /// <summary>Overrides <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "TECHPACT_LOG";

    /// <summary>Rolled over at this size; the last few files are kept.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>~/.local/share/techpact/logs/techpact.log on Linux (%LOCALAPPDATA%\techpact\logs on Windows), or $TECHPACT_LOG.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
                "techpact", "logs", "techpact.log");

    /// <summary>What `--help` says of the log.</summary>
    public static string Described => $"runtime warnings are written to {DefaultPath} (set ${PathVariable} to move it)";

    /// <summary>Replaces the host's log providers: warnings and worse to the file; to stderr, everything from
    /// warnings up with <paramref name="verbose"/>, otherwise errors only, one line each.</summary>
    public static void Configure(ILoggingBuilder logging, bool verbose) => Configure(logging, verbose, DefaultPath);

    /// <param name="path">The log file (created with its folder when missing).</param>
    public static void Configure(ILoggingBuilder logging, bool verbose, string path)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Warning();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            configuration = configuration.WriteTo.File(path, shared: true, fileSizeLimitBytes: MaxFileBytes,
                rollOnFileSizeLimit: true, retainedFileCountLimit: 3,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No log file to be had (a read-only home): then warnings are dropped unless --verbose asks for them.
        }
        configuration = verbose
            ? configuration.WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Level:u4}: {SourceContext}: {Message:lj}{NewLine}{Exception}")
            : configuration.WriteTo.Console(restrictedToMinimumLevel: LogEventLevel.Error, standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: $"error: the Orleans runtime: {{Message:lj}} (details in {path}){{NewLine}}");
        logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}
