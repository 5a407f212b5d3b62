namespace TechPact.Contracts.Classroom;

/// <summary>One classroom session, keyed by session id: its tables, seats, join codes, tokens and the
/// instructor's actions. Each table is an ordinary summit (<see cref="Summits.ISummitGrain"/>, id
/// "{session}-table{n}") with person seats: it runs the rounds and their clock; this grain only
/// checks who may do what and passes the actions on. Every refusal is a <see cref="Refusal"/> and changes nothing.</summary>
[Alias("techpact.IClassroomGrain")]
public interface IClassroomGrain : IGrainWithStringKey
{
    /// <summary>Creates the session (once) and hands out join codes; the tables open on <see cref="Start"/>.</summary>
    [Alias("Create")]
    Task<ClassroomCreated> Create(ClassroomSetup setup);

    /// <summary>A student enters a join code: the seat's ticket. A code opens its seat on one device: the
    /// first to join holds it; joining again works only from a device that presents the seat's token
    /// (<paramref name="heldTokens"/>: the seat cookies the browser holds). Another device needs a new code.</summary>
    [Alias("Join")]
    Task<SeatTicket> Join(string joinCode, ImmutableArray<string> heldTokens);

    /// <summary>Whether <paramref name="token"/> is this session's instructor token (the web asks before
    /// showing a table's summit: only the instructor watches the tables while the class runs).</summary>
    [Alias("IsInstructor")]
    Task<bool> IsInstructor(string token);

    [Alias("GetSeat")]
    Task<ClassroomSeat> GetSeat(int table, string country, string token);

    /// <summary>This round's answer for a seat (<paramref name="round"/> names the round it answers, so a
    /// late answer to a closed round is refused). A seat may resubmit until the round closes.</summary>
    [Alias("Submit")]
    Task<ClassroomSeat> Submit(int table, string country, string token, int round, SeatAnswer answer);

    [Alias("GetConsole")]
    Task<ClassroomSnapshot> GetConsole(string instructorToken);

    /// <summary>Everything the debrief needs; open to the instructor, and to seats once the session is over.</summary>
    [Alias("GetDebrief")]
    Task<ClassroomSnapshot> GetDebrief(string token);

    [Alias("Start")] Task Start(string instructorToken);
    [Alias("Pause")] Task Pause(string instructorToken);
    [Alias("Resume")] Task Resume(string instructorToken);

    /// <summary>Closes the open round at every table now; seats that have not answered are played by the AI.</summary>
    [Alias("Step")] Task Step(string instructorToken);

    [Alias("Extend")] Task Extend(string instructorToken, int seconds);

    /// <summary>The event fires when the next round opens, at one table or (null) at all that still negotiate.</summary>
    /// <returns>The tables it will fire at; a table that has concluded is refused (409), not skipped silently.</returns>
    [Alias("Inject")] Task<ImmutableArray<int>> Inject(string instructorToken, ScenarioEvent scenarioEvent, int? table);

    /// <summary>Hands a seat to a new student (a new join code; the old code and token stop working) or to the AI.</summary>
    [Alias("Reassign")] Task<SeatInfo> Reassign(string instructorToken, int table, string country, bool toHuman);

    [Alias("End")] Task End(string instructorToken);

    /// <summary>Closes every table's round whose deadline has passed (each table's summit also checks its own each second).</summary>
    [Alias("CheckDeadlines")] Task CheckDeadlines();

    /// <summary>Returns the session's version (its own changes and its tables') once it differs from
    /// <paramref name="knownVersion"/>, or after <paramref name="waitSeconds"/>: how the web pushes changes
    /// without polling in the browser.</summary>
    /// <remarks>Interleaves: waiting must not hold up the calls that make the change.</remarks>
    [Alias("WaitForChange"), Orleans.Concurrency.AlwaysInterleave] Task<int> WaitForChange(int knownVersion, int waitSeconds);
}

/// <summary>One shard of the join codes (keyed by <see cref="JoinCodes.ShardOf"/>): which session each of
/// its codes opens. A code nobody holds is a dictionary miss here, so guessing activates no grain per guess.</summary>
[Alias("techpact.IJoinCodesGrain")]
public interface IJoinCodesGrain : IGrainWithStringKey
{
    /// <summary>Claims the code for a session; false when another session holds it.</summary>
    [Alias("Claim")] Task<bool> Claim(string code, string sessionId);

    /// <summary>The session the code opens, or null. (The caller then joins through the session: a shard
    /// never calls a session, which calls shards when it hands out codes.)</summary>
    [Alias("Resolve"), Orleans.Concurrency.ReadOnly] Task<string?> Resolve(string code);

    /// <summary>The code opens nothing any more (re-issued, or its session ended).</summary>
    [Alias("Release")] Task Release(string code);
}
