using System.Collections.Immutable;
using TechPact.Contracts.Countries;
using TechPact.Contracts.Summits;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Summits;

/// <summary>Drives one summit round by round. Every decision is the engine's: this grain asks the
/// country grains for their moves and hands them to <see cref="Summit.Apply"/>.</summary>
/// <remarks>The engine's <see cref="Summit"/> is the whole state, and its transcript is the whole
/// history: persisting (scenario, rules, transcript) and rebuilding with <see cref="SummitReplay"/>
/// is all a durable summit needs.</remarks>
public sealed class SummitGrain : Grain, ISummitGrain
{
    private Summit? _summit;
    private ImmutableArray<ICountryGrain> _countries = [];

    private string SummitId => this.GetPrimaryKeyString();

    public async Task<SummitView> Open(Scenario scenario, NegotiationRules rules)
    {
        if (_summit is not null)
            throw new InvalidOperationException($"Summit {SummitId} is already open.");
        var summit = Summit.Open(scenario, rules);
        var countries = scenario.Countries
            .Select(c => GrainFactory.GetGrain<ICountryGrain>(CountryKey.For(SummitId, c.Id)))
            .ToImmutableArray();
        await Task.WhenAll(summit.Briefs().Select((brief, i) => countries[i].Brief(brief)));
        (_summit, _countries) = (summit, countries);
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

    /// <summary>One call per country, all at once; Task.WhenAll keeps scenario order, which is the
    /// order <see cref="Summit.Apply"/> expects.</summary>
    private async Task PlayRound()
    {
        var summit = OpenSummit();
        var context = summit.NextRound();
        var moves = await Task.WhenAll(_countries.Select(country => country.Commit(context)));
        _summit = summit.Apply(moves);
    }

    private Summit OpenSummit() =>
        _summit ?? throw new InvalidOperationException($"Summit {SummitId} has not been opened.");
}
