using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>The summit's stored state is its log, nothing else: written after the opening and after
/// every round, read back and replayed through the engine when the grain activates (on a new silo
/// after its silo died, or after the whole cluster restarted).</summary>
public sealed partial class SummitGrain
{
    /// <summary>The scenario and rules the summit opened with: what the log replays from.</summary>
    private (Scenario Scenario, NegotiationRules Rules)? _opening;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (log.RecordExists)
        {
            var stored = log.State;
            var summit = SummitReplay.Rebuild(stored.Scenario, stored.Rules, stored.Transcript);
            _opening = (stored.Scenario, stored.Rules);
            _summit = summit;
            ResumeAnnouncing(summit);
        }
        return Task.CompletedTask;
    }

    public async Task<RoundView> RunRound(int round)
    {
        var summit = OpenSummit();
        // The round asked for is already in the log: the caller is retrying a call whose answer it lost.
        if (round == summit.Round && round > 0) return SummitViews.LastRound(summit);
        if (round != summit.Round + 1)
            throw new InvalidOperationException($"Summit {SummitId} has played {summit.Round} rounds; round {round} can't be played now.");
        await PlayRound();
        return SummitViews.LastRound(OpenSummit());
    }

    public Task<SummitLog> GetLog()
    {
        var summit = OpenSummit();
        var (scenario, rules) = _opening!.Value;
        return Task.FromResult(new SummitLog(scenario, rules, [.. summit.Transcript]));
    }

    public Task<SiloAddress> GetHost() => Task.FromResult(GrainContext.Address.SiloAddress!);

    /// <summary>Writes the whole log. The opening scenario and rules head it; a fork is an event in it.</summary>
    private async Task Store(Summit summit)
    {
        var stored = log.State;
        // The scenario as opened, before its round-1 events fired: replaying fires them again.
        var (scenario, rules) = _opening ??= (summit.Transcript.OfType<SummitOpened>().First().Source ?? summit.Scenario, summit.Rules);
        log.State = new SummitLog(scenario, rules, [.. summit.Transcript]);
        try
        {
            await log.WriteStateAsync();
        }
        catch
        {
            log.State = stored;
            throw;
        }
    }

    /// <summary>The round is stored already: a watcher that misses its notice catches up from the log,
    /// so a lost notice (the directory's silo died) must not fail the round.</summary>
    private async Task AnnounceRoundSafely()
    {
        try { await AnnounceRound(); }
        catch (Exception e) { logger.LogWarning(e, "Summit {SummitId}: the round notice was lost", SummitId); }
    }
}
