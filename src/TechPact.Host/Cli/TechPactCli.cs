namespace TechPact.Host.Cli;

/// <summary>The `techpact` command line. <see cref="RunAsync"/> is the whole program, callable in-process.</summary>
public static class TechPactCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var streams = new CliStreams(output, error,
            IsConsole: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var root = new RootCommand("TechPact: multilateral technology-standards negotiations, one grain per country.")
        {
            RunCommand.Create(streams),
            ValidateCommand.Create(streams),
            AnalyzeCommand.Create(streams),
            ImportCommand.Create(streams),
            ReplayCommand.Create(streams),
            ForkCommand.Create(streams),
            SweepCommand.Create(streams),
            TournamentCommand.Create(streams),
            NewCommand.Create(streams),
            ServeCommand.Create(streams),
        };

        var parsed = root.Parse(args);
        // System.CommandLine exits 1 on a bad command line; the contract says invalid input is 2.
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) await error.WriteLineAsync($"error: {ParseErrors.Humanize(parseError.Message)}");
            await error.WriteLineAsync("Try 'techpact --help'.");
            return ExitCodes.InvalidInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
