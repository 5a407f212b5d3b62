namespace TechPact.Host.Output;

/// <summary>A Spectre console over the CLI's output: colour and live updates on a real terminal,
/// plain text anywhere else (pipes, files, tests).</summary>
public static class Consoles
{
    public static IAnsiConsole For(CliStreams streams) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(streams.Out),
        Ansi = streams.IsConsole ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = streams.IsConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = streams.IsConsole ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
