using Orleans.Runtime;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using TechPact.Contracts.Countries;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>Drives one summit round by round. Every decision is the engine's: this grain asks the
/// country grains for their moves and hands them to <see cref="Summit.ApplyTurn"/>.</summary>
/// <remarks>The engine's <see cref="Summit"/> is the whole state, and its transcript is the whole
/// history: the grain stores exactly that log (see SummitGrain.Durability.cs) and rebuilds the
/// summit from it with <see cref="SummitReplay"/> when it activates.</remarks>
public sealed partial class SummitGrain(
    [PersistentState("summit")] IPersistentState<SummitLog> log,
    ILogger<SummitGrain> logger) : Grain, ISummitGrain
{
    private Summit? _summit;
    private ImmutableArray<ICountryGrain> _countries = [];
    private object? _briefedFor;

    private string SummitId => this.GetPrimaryKeyString();

    public async Task<SummitView> Open(Scenario scenario, NegotiationRules rules)
    {
        if (_summit is not null)
            throw new InvalidOperationException($"Summit {SummitId} is already open.");
        var summit = Summit.Open(scenario, rules);
        await BriefCountries(summit);
        await Store(summit);
        _summit = summit;
        await AnnounceOpening();
        return SummitViews.Of(SummitId, summit);
    }

    public async Task<RoundView> RunRound()
    {
        await PlayRound();
        return SummitViews.LastRound(OpenSummit());
    }

    public async Task<SummitView> RunToEnd()
    {
        while (!OpenSummit().IsOver) await PlayRound();
        return SummitViews.Of(SummitId, OpenSummit());
    }

    public Task<SummitView> GetView() => Task.FromResult(SummitViews.Of(SummitId, OpenSummit()));

    public Task<ImmutableArray<TranscriptEvent>> GetTranscript() => Task.FromResult(OpenSummit().Transcript.ToImmutableArray());

    /// <summary>Plays the next round, stores the log, then tells the watchers: a round is applied
    /// only once it is stored, so a caller that lost the answer can ask again (RunRound(n)).</summary>
    private async Task PlayRound()
    {
        var summit = OpenSummit();
        if (summit.IsOver) throw new InvalidOperationException($"Summit {SummitId} is over ({summit.Status}).");
        Summit played;
        try
        {
            played = await PlayTurns(summit);
        }
        catch (Exception e)
        {
            // A country's silo died, or the country reactivated elsewhere without its brief: the
            // engine is pure and the countries stateless, so brief everyone again and replay the round.
            logger.LogWarning(e, "Summit {SummitId}: round {Round} failed at a country; briefing the table again", SummitId, summit.Round + 1);
            _briefedFor = null;
            played = await PlayTurns(summit);
        }
        await Store(played);
        _summit = played;
        await AnnounceRoundSafely();
    }

    /// <summary>One call per country per round: all at once (Task.WhenAll keeps table order), or
    /// one after another in turn-taking protocols. When an event has changed the table since the
    /// last round, every country is briefed again first (a new party gets its grain).</summary>
    private async Task<Summit> PlayTurns(Summit summit)
    {
        var round = summit.Round;
        while (!summit.IsOver && summit.Round == round)
        {
            if (!ReferenceEquals(_briefedFor, summit.Setting)) await BriefCountries(summit);
            var turn = summit.NextTurn();
            var moves = await Task.WhenAll(turn.Countries.Select(c => _countries[c].Commit(turn.Context)));
            summit = summit.ApplyTurn(moves);
        }
        return summit;
    }

    private async Task BriefCountries(Summit summit)
    {
        var countries = summit.Scenario.Countries
            .Select(c => GrainFactory.GetGrain<ICountryGrain>(CountryKey.For(SummitId, c.Id)))
            .ToImmutableArray();
        await Task.WhenAll(summit.Briefs().Select((brief, i) => countries[i].Brief(brief)));
        (_countries, _briefedFor) = (countries, summit.Setting);
    }

    private Summit OpenSummit() =>
        _summit ?? throw new InvalidOperationException($"Summit {SummitId} has not been opened.");
}
