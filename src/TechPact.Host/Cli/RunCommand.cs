namespace TechPact.Host.Cli;

/// <summary>`techpact run &lt;scenario&gt; [--seed N] [--max-rounds N] [--out DIR] [--json] [--redis HOST:PORT] [--seat KR=agent:"cmd"]...`.</summary>
public static class RunCommand
{
    public static Command Create(CliStreams streams)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario YAML file." };
        var seed = new Option<long?>("--seed") { Description = "Seed for the run (default: the scenario's)." };
        var maxRounds = new Option<int?>("--max-rounds") { Description = "Deadline in rounds (default: the scenario's)." };
        var outDir = new Option<string?>("--out") { Description = "Write transcript.jsonl, result.json and pact.md here." };
        var json = new Option<bool>("--json") { Description = "Print result.json to stdout instead of the table." };
        var pace = new Option<string?>("--pace") { Description = "Pause between rounds so a person can follow, e.g. 500ms or 2s." };
        var dashboard = new Option<bool>("--dashboard") { Description = "Host the live page and the Orleans Dashboard and stay up until Ctrl+C." };
        var urls = new Option<string>("--urls") { Description = "With --dashboard: where to listen (loopback only).", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var connect = new Option<string?>("--connect") { Description = "Run on a running `techpact serve`: its Orleans gateway as HOST:PORT." };
        var redis = new Option<string?>("--redis")
        {
            Description = $"Join the Redis-backed cluster at HOST:PORT[,password=…] (as `serve --redis` does; default ${ClusterBacking.RedisVariable}) and keep the summit's state there.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ClusterBacking.RedisVariable),
        };
        var seats = SeatOptions.Seat();
        var moveTime = SeatOptions.MoveTime();
        var advertise = new Option<string?>("--advertise") { Description = "With --redis on another machine than the servers: the address they reach this run's silo at." };
        var verbose = VerboseOption.Create();
        var command = new Command("run", "Run a scenario through the country grains and print the pact.")
        {
            scenario, seed, maxRounds, outDir, json, pace, dashboard, urls, connect, redis, advertise, seats, moveTime, verbose,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var paceText = parsed.GetValue(pace);
            if (!Pace.TryParse(paceText, out var paceValue))
            {
                streams.Error.WriteLine($"error: --pace: '{paceText}' is not a pause like 500ms or 2s (at most {Pace.Max.TotalSeconds:0}s)");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            var path = parsed.GetValue(scenario)!;
            if (ServeCommand.Advertised(parsed.GetValue(advertise), streams.Error) is not { } advertised) return Task.FromResult(ExitCodes.InvalidInput);
            var options = new RunOptions(parsed.GetValue(seed), parsed.GetValue(maxRounds), parsed.GetValue(outDir), parsed.GetValue(json))
            {
                Pace = paceValue,
                Dashboard = parsed.GetValue(dashboard),
                Urls = parsed.GetValue(urls)!,
                Connect = parsed.GetValue(connect),
                Backing = new ClusterBacking(parsed.GetValue(redis)) { Advertise = advertised },
                Verbose = parsed.GetValue(verbose),
                Phases = parsed.GetValue(verbose) ? new RunPhases(streams.Error) : RunPhases.Silent,
                ScenariosFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".",
                Seats = parsed.GetValue(seats) ?? [],
                MoveTime = parsed.GetValue(moveTime),
            };
            if (ClusterBacking.Check(options.Backing.Redis) is { } badRedis)
            {
                streams.Error.WriteLine($"error: {badRedis}");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            if (options.Connect is not null && options.Backing.Redis is not null)
            {
                streams.Error.WriteLine("error: --connect and --redis don't go together: --connect runs on a server, which has its own storage");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            if (options.Dashboard && options.Connect is not null)
            {
                streams.Error.WriteLine("error: --dashboard and --connect don't go together: --connect runs on a server that already has one");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            if (options.Dashboard && ServerLaunch.Check(new ServerOptions(options.Urls), streams.Error) is { } invalid) return Task.FromResult(invalid);
            return ExecuteAsync(path, options, streams, cancellation);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(string path, RunOptions options, CliStreams streams, CancellationToken cancellation)
    {
        if (!OptionLimits.Check(streams.Error, ("--max-rounds", options.MaxRounds))) return ExitCodes.InvalidInput;
        var loaded = ScenarioInput.Load(path, streams.Error);
        if (loaded is null || !OptionLimits.CheckOut(streams.Error, options.OutDir)) return ExitCodes.InvalidInput;
        options.Phases.Mark("scenario loaded");
        if (SeatOptions.Apply(loaded, options.Seats, options.MoveTime, streams.Error) is not var (seated, plan)) return ExitCodes.InvalidInput;
        if (!plan.IsEmpty && (options.Connect ?? options.Backing.Redis) is not null)
        {
            // An agent program runs beside its country grain: on a server, that would be someone else's machine.
            await streams.Error.WriteLineAsync("error: --seat COUNTRY=agent:... runs your program on this machine, so it doesn't go with --connect or --redis (a server's grains would have to start it)");
            return ExitCodes.InvalidInput;
        }
        if (!options.Dashboard && await options.Backing.ReachRedisAsync(cancellation) is { } unreachable)
        {
            await streams.Error.WriteLineAsync(unreachable);
            return ExitCodes.Failed;
        }
        return await ScenarioRun.ExecuteAsync(seated, options with { Plan = plan }, streams, cancellation);
    }
}

/// <param name="OutDir">Null: write no files.</param>
/// <param name="Json">Print result.json instead of the table and the pact.</param>
public sealed record RunOptions(long? Seed = null, int? MaxRounds = null, string? OutDir = null, bool Json = false)
{
    /// <summary>Pause between rounds (--pace).</summary>
    public TimeSpan Pace { get; init; }

    /// <summary>Host the live page and dashboard and stay up until Ctrl+C (--dashboard).</summary>
    public bool Dashboard { get; init; }

    public string Urls { get; init; } = ServerOptions.DefaultUrls;

    /// <summary>HOST:PORT of a running server's Orleans gateway (--connect); null: run in-process.</summary>
    public string? Connect { get; init; }

    /// <summary>Grain state and membership (--redis); embedded by default.</summary>
    public ClusterBacking Backing { get; init; } = ClusterBacking.Embedded;

    /// <summary>The runtime's warnings on stderr too (--verbose); they always go to the log file.</summary>
    public bool Verbose { get; init; }

    /// <summary>Where the run's time goes, on stderr with --verbose.</summary>
    public RunPhases Phases { get; init; } = RunPhases.Silent;

    /// <summary>With --dashboard, the folder the page offers scenarios from: the run's own.</summary>
    public string ScenariosFolder { get; init; } = "scenarios";

    /// <summary>--seat values as typed: COUNTRY=STRATEGY or COUNTRY=agent:COMMAND.</summary>
    public IReadOnlyList<string> Seats { get; init; } = [];

    /// <summary>--move-time as typed.</summary>
    public string? MoveTime { get; init; }

    /// <summary>The agent seats, once parsed.</summary>
    public SeatPlan Plan { get; init; } = SeatPlan.None;
}
