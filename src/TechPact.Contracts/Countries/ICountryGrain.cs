using Orleans.Concurrency;

namespace TechPact.Contracts.Countries;

/// <summary>One country at one summit, keyed "{summitId}/{countryId}" (see <see cref="CountryKey"/>): the
/// one place where the country decides, whoever decides for it. It holds its brief and its seat —
/// the built-in strategy, a person, or an agent program it starts — asks the seat for each move,
/// and plays the AI strategy instead when the seat is silent, late, crashed or illegal.</summary>
[Alias("techpact.ICountryGrain")]
public interface ICountryGrain : IGrainWithStringKey
{
    /// <summary>Hands the country its confidential brief for the summit.</summary>
    [Alias("Brief")]
    Task Brief(CountryBrief brief);

    /// <summary>Who plays the seat from now on. A strategy seat stops any agent program the seat ran.</summary>
    /// <param name="moveTime">An agent program's time for one move.</param>
    [Alias("Seat")]
    Task Seat(SeatSpec seat, TimeSpan moveTime);

    /// <summary>A strategy seat's move for the round: its commitments, acceptance and amendments.</summary>
    [Alias("Commit")]
    Task<CountryMove> Commit(RoundContext round);

    /// <summary>Opens a round for an outside seat: an agent program is sent its turn, a person's seat
    /// waits for a submission. True when the seat has its answer already (a person who submitted
    /// before a restart).</summary>
    [Alias("OpenRound")]
    Task<bool> OpenRound(RoundTicket ticket);

    /// <summary>Closes the round: the seat's move, or the AI's with the reason when the seat has none
    /// (<paramref name="unanswered"/> says why the summit closed it: the deadline, or the instructor).</summary>
    [Alias("CloseRound")]
    Task<SeatOutcome> CloseRound(int round, SeatFault unanswered);

    /// <summary>A person's (or network agent's) answer to the open round, checked at once: the move it makes,
    /// or a <see cref="Refusal"/> (Invalid) with the reason, which changes nothing. The summit keeps the move.</summary>
    [Alias("Submit")]
    Task<CountryMove> Submit(int round, SeatAnswer answer);

    /// <summary>Why the seat's last answer to the open round was refused, if it was.</summary>
    [Alias("LastRefusal")]
    Task<string?> LastRefusal();

    /// <summary>The summit is over: the seat is told how it ended and an agent program is stopped.</summary>
    [Alias("End")]
    Task End(SeatView final);

    /// <summary>A line the seat's agent program printed (called by the country's own process pump).</summary>
    [Alias("AgentSaid")]
    Task AgentSaid(int generation, string line);

    /// <summary>The seat's agent program stopped or broke the transport's limits (called by its pump).</summary>
    [Alias("AgentFailed")]
    Task AgentFailed(int generation, SeatFault fault, string detail);

    /// <summary>The silo this activation lives on, for operators and failover tests.</summary>
    [Alias("GetHost")]
    Task<SiloAddress> GetHost();
}
