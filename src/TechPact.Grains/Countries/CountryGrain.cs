using TechPact.Contracts.Countries;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Summits;

namespace TechPact.Grains.Countries;

/// <summary>A country at the table. It only holds its brief: the negotiator is stateless between
/// rounds (its earlier commitments come back in the round context), so a retried round gets the
/// same move. Nothing is stored: a country reactivated on another silo (its silo died) answers
/// "not briefed" and its summit briefs the table again and replays the round.</summary>
public sealed partial class CountryGrain : Grain, ICountryGrain
{
    private CountryNegotiator? _negotiator;

    public Task Brief(CountryBrief brief)
    {
        _negotiator = new CountryNegotiator(brief);
        return Task.CompletedTask;
    }

    public Task<CountryMove> Commit(RoundContext round)
    {
        // The brief lives in memory only; a reactivated country is briefed again by its summit.
        if (_negotiator is null)
            throw new InvalidOperationException($"Country {this.GetPrimaryKeyString()} has not been briefed.");
        return Task.FromResult(Counted(_negotiator.Respond(round)));
    }

    public Task<SiloAddress> GetHost() => Task.FromResult(GrainContext.Address.SiloAddress!);
}
