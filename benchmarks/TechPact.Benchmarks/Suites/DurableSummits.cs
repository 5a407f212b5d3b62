using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;
using TechPact.Contracts.Summits;
using TechPact.Host.Silo;
using TechPact.Negotiation.Summits;
using TechPact.Scenarios.Loading;

namespace TechPact.Benchmarks.Suites;

/// <summary>Durable summits on a real redis-server (append-only file on, as docs/deploy.md runs it): the
/// bytes Redis receives per round (INFO stats total_net_input_bytes around each round) from round 1 to 300
/// and from 3 to 193 countries, the whole summit's bytes, the time of a durable seed summit against an
/// in-memory one, and the requests a summit reactivating after its silo died makes to read its log.</summary>
public static class DurableSummits
{
    private const int LongRounds = 300;
    private const int TimedSummits = 40;

    public static async Task RunAsync()
    {
        if (LocalRedis.Executable is null)
        {
            Goals.NotMeasured("durable summits on Redis: bytes per round flat from round 1 to 300 and 3 to 193 countries", "flat", "redis-server is not installed");
            return;
        }
        await using var redis = await LocalRedis.StartAsync();
        await using var probe = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint + ",allowAdmin=true");
        await using var durable = await BenchSilo.StartAsync(new ClusterBacking(redis.Endpoint));
        var seed = Paths.SeedScenario();

        var seedRun = await PlayAsync(durable.Grains, probe, seed, seed.Rules);
        var longRun = await PlayAsync(durable.Grains, probe, Deadlocked(seed, LongRounds), Deadlocked(seed, LongRounds).Rules);
        var global = ScenarioLoader.LoadFile(Path.Combine(Paths.Root, "scenarios", "global-ai-standards.yaml")).Scenario!;
        var globalRules = global.Rules with { MaxRounds = 20 };
        var globalRun = await PlayAsync(durable.Grains, probe, global, globalRules);

        var early = Median(longRun.Rounds.Skip(1).Take(10));
        var late = Median(longRun.Rounds.Skip(LongRounds - 10));
        var perCountrySeed = Median(seedRun.Rounds) / (double)seed.Countries.Length;
        var perCountryGlobal = Median(globalRun.Rounds) / (double)global.Countries.Length;

        await using var memory = await BenchSilo.StartAsync();
        var memoryTime = await TimeSummitsAsync(memory.Grains, seed);
        var durableTime = await TimeSummitsAsync(durable.Grains, seed);

        var reads = await ReadsOnReactivationAsync(durable.Grains, probe, seedRun.SummitId);

        Report.Section("Durable summits on Redis (redis-server, appendonly yes): the log appends a page per round");
        Report.Plain("seed summit (8 rounds, 3 countries): bytes sent to Redis", Kb(seedRun.Total), "", "", $"opening {Kb(seedRun.Opening)}; before this change 112 KB");
        Report.Plain("193-country summit (20 rounds): bytes sent to Redis", Kb(globalRun.Total), "", "", $"opening {Kb(globalRun.Opening)}; before this change 10.6 MB");
        Report.Plain($"no-agreement seed summit, {LongRounds} rounds: bytes per round, rounds 2–11 / {LongRounds - 9}–{LongRounds}",
            $"{early:N0} / {late:N0}", "", "", $"medians; round {LongRounds} ÷ round 2–11 = {late / (double)early:0.00}×");
        Report.Plain("bytes per round per country, 3 / 193 countries", $"{perCountrySeed:N0} / {perCountryGlobal:N0}", "", "",
            $"medians; a round writes each country's answer once: {perCountryGlobal / perCountrySeed:0.00}×");
        Report.Plain($"seed summit, in memory / on Redis (median of {TimedSummits}, one at a time)",
            $"{memoryTime.TotalMilliseconds:0.00} / {durableTime.TotalMilliseconds:0.00} ms", "", "", $"durable ÷ memory = {durableTime / memoryTime:0.00}×");
        Report.Plain("Redis requests to read a summit's log when it reactivates", $"{reads}", "", "", "LRANGE calls (INFO commandstats)");
        Console.WriteLine();

        Goals.Add("durable: bytes sent to Redis, seed summit (8 rounds; the issue's figure: 112 KB)", 112_000, seedRun.Total, higherIsBetter: false,
            $"bytes (INFO total_net_input_bytes), opening {Kb(seedRun.Opening)} then a page per round; {112_000.0 / seedRun.Total:0.0}× less");
        Goals.Add("durable: bytes sent to Redis, 193-country summit (20 rounds; the issue's figure: 10.6 MB)", 10_600_000, globalRun.Total, higherIsBetter: false,
            $"bytes, opening {Kb(globalRun.Opening)} then a page per round; {10_600_000.0 / globalRun.Total:0.0}× less");
        Goals.Add("durable: bytes per round at round 300 ÷ rounds 2–11 (flat: ≤ 1.25)", 1.25, late / (double)early, higherIsBetter: false,
            $"{early:N0} → {late:N0} bytes per round (medians)");
        Goals.Add("durable: bytes per round per country, 193 ÷ 3 countries (flat: ≤ 1.25)", 1.25, perCountryGlobal / perCountrySeed, higherIsBetter: false,
            $"{perCountrySeed:N0} and {perCountryGlobal:N0} bytes per country-answer; a round itself grows with the table, as it must");
        Goals.Add("durable seed summit ≤ 2× the in-memory one", 2, durableTime / memoryTime, higherIsBetter: false,
            $"{durableTime.TotalMilliseconds:0.00} vs {memoryTime.TotalMilliseconds:0.00} ms per summit");
        Goals.Add("recovery after a silo kill reads the log once", 1, reads, higherIsBetter: false, "LRANGE requests when the summit reactivates");
    }

    private sealed record Played(string SummitId, long Opening, List<long> Rounds)
    {
        public long Total => Opening + Rounds.Sum();
    }

    private static async Task<Played> PlayAsync(IGrainFactory grains, ConnectionMultiplexer probe, Scenario scenario, NegotiationRules rules)
    {
        var id = $"durable-{Guid.NewGuid():N}";
        var summit = grains.GetGrain<ISummitGrain>(id);
        var before = await InputBytesAsync(probe);
        await summit.Open(scenario, rules);
        var opening = await InputBytesAsync(probe) - before;
        var rounds = new List<long>();
        for (var round = 1; ; round++)
        {
            before = await InputBytesAsync(probe);
            var view = await summit.RunRound(round);
            rounds.Add(await InputBytesAsync(probe) - before);
            if (view.Status != SummitStatus.Running) return new Played(id, opening, rounds);
        }
    }

    private static async Task<TimeSpan> TimeSummitsAsync(IGrainFactory grains, Scenario seed)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < TimedSummits + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var summit = grains.GetGrain<ISummitGrain>($"timed-{Guid.NewGuid():N}");
            await summit.Open(seed, seed.Rules);
            await summit.RunToEnd();
            if (i >= 5) times.Add(clock.Elapsed); // the first few warm up
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    private static async Task<long> ReadsOnReactivationAsync(IGrainFactory grains, ConnectionMultiplexer probe, string summitId)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var summit = grains.GetGrain<ISummitGrain>(summitId);
        await management.ForceActivationCollection(TimeSpan.Zero);
        for (var i = 0; i < 50 && await management.GetActivationAddress(summit) is not null; i++) await Task.Delay(100);
        var before = await CommandCallsAsync(probe, "lrange");
        await summit.GetView();
        return await CommandCallsAsync(probe, "lrange") - before;
    }

    /// <summary>The seed table with reservations no draft can meet and no events: it plays every round to its cap.</summary>
    private static Scenario Deadlocked(Scenario seed, int rounds) => seed with
    {
        Countries = [.. seed.Countries.Select(c => c with { Reservation = 0.999 })],
        Events = [],
        Rules = seed.Rules with { MaxRounds = rounds },
    };

    private static async Task<long> InputBytesAsync(ConnectionMultiplexer redis) =>
        long.Parse(await StatAsync(redis, "stats", "total_net_input_bytes"), CultureInfo.InvariantCulture);

    private static async Task<long> CommandCallsAsync(ConnectionMultiplexer redis, string command)
    {
        var line = await StatAsync(redis, "commandstats", $"cmdstat_{command}");
        return line.Length == 0 ? 0 : long.Parse(line.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task<string> StatAsync(ConnectionMultiplexer redis, string section, string key)
    {
        var info = await redis.GetServer(redis.GetEndPoints()[0]).InfoAsync(section);
        return info.SelectMany(g => g).FirstOrDefault(p => p.Key == key).Value ?? "";
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Kb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024:0.00} MB" : $"{bytes / 1024.0:0.0} KB";
}
