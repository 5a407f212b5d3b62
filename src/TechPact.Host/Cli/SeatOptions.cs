using System.CommandLine.Parsing;

namespace TechPact.Host.Cli;

/// <summary>`--seat COUNTRY=STRATEGY` (a built-in plays it) or `--seat COUNTRY=agent:COMMAND` (a program
/// the country grain starts and speaks JSON lines with), repeatable, and `--move-time 5s` for the agents.</summary>
public static class SeatOptions
{
    public const string AgentPrefix = "agent:";

    public static Option<string[]> Seat() => new("--seat")
    {
        Description = "Who plays a country: KR=boulware (a built-in strategy) or KR=agent:\"python3 examples/agents/tit_for_tat.py\" (your program, over stdio). Repeatable.",
    };

    public static Option<string?> MoveTime() => new("--move-time")
    {
        Description = $"How long an agent may take over one move, e.g. 2s (default {SeatPlan.DefaultMoveTime.TotalSeconds:0}s, at most {SeatPlan.MaxMoveTime.TotalMinutes:0} min); after that the AI plays the round.",
    };

    /// <returns>The scenario with the built-in strategies named, and the plan of agent seats; null when
    /// an option is wrong (the message is printed).</returns>
    public static (Scenario Scenario, SeatPlan Plan)? Apply(Scenario scenario, IReadOnlyList<string>? seats, string? moveTime, TextWriter error)
    {
        if (!Pace.TryParse(moveTime, SeatPlan.MaxMoveTime, out var move) || (moveTime is not null && move <= TimeSpan.Zero))
        {
            error.WriteLine($"error: --move-time: '{moveTime}' is not a duration like 500ms or 5s (more than 0, at most {SeatPlan.MaxMoveTime.TotalMinutes:0} min)");
            return null;
        }
        var countries = scenario.Countries.ToBuilder();
        var agents = ImmutableDictionary.CreateBuilder<string, SeatSpec>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in seats ?? [])
        {
            var equals = text.IndexOf('=');
            var country = equals < 0 ? text.Trim() : text[..equals].Trim();
            var who = equals < 0 ? "" : text[(equals + 1)..].Trim();
            var c = scenario.CountryIndex(country);
            if (equals < 0 || who.Length == 0)
                return Fail(error, $"--seat: '{text}' is not COUNTRY=STRATEGY or COUNTRY={AgentPrefix}COMMAND (e.g. KR={AgentPrefix}\"python3 examples/agents/tit_for_tat.py\")");
            if (c < 0)
                return Fail(error, $"--seat: the scenario has no country '{country}'; its countries are {string.Join(", ", scenario.Countries.Select(x => x.Id))}");
            if (!named.Add(country)) return Fail(error, $"--seat: {country} is given twice");
            if (who.StartsWith(AgentPrefix, StringComparison.Ordinal))
            {
                var command = who[AgentPrefix.Length..].Trim();
                var argv = CommandLineParser.SplitCommandLine(command).ToList();
                if (argv.Count == 0) return Fail(error, $"--seat {country}: '{AgentPrefix}' names no command");
                agents[country] = SeatSpec.Agent(command, argv);
            }
            else if (StrategyCatalog.TryGet(who, out var spec)) countries[c] = countries[c] with { Strategy = spec };
            else
                return Fail(error, $"--seat {country}: '{who}' is neither a built-in strategy ({string.Join(", ", StrategyCatalog.Names)}) nor {AgentPrefix}COMMAND");
        }
        var seated = scenario with { Countries = countries.ToImmutable() };
        var plan = new SeatPlan(agents.ToImmutable(), moveTime is null ? SeatPlan.DefaultMoveTime : move, null);
        if (!plan.IsEmpty && SeatRules.Problem(Summit.Open(seated, seated.Rules)) is { } problem) return Fail(error, "--seat: " + problem);
        return (seated, plan);
    }

    private static (Scenario, SeatPlan)? Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return null;
    }
}
