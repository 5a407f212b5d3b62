namespace TechPact.Grains.Summits;

/// <summary>What a summit with outside seats stores beside its log: the seat plan and every change of
/// hands, the open round's clock and the answers people handed in for it, person seats' tokens, and the
/// instructor's pending injects. A summit
/// whose seats are all strategies never writes it. (The AI's stand-in rounds are in the log itself.)</summary>
[GenerateSerializer, Alias("techpact.SummitSeating")]
public sealed class SummitSeating
{
    [Id(0)] public SeatPlan Plan { get; set; } = SeatPlan.None;
    [Id(1)] public List<SeatChange> Changes { get; set; } = [];
    /// <summary>Country → token of its person seat (never shown, never in the log).</summary>
    [Id(2)] public Dictionary<string, string> Tokens { get; set; } = [];
    /// <summary>The round that is open, 0 when none.</summary>
    [Id(3)] public int OpenRound { get; set; }
    [Id(4)] public DateTimeOffset? Deadline { get; set; }
    /// <summary>While paused, how long the open round will still run after resuming.</summary>
    [Id(5)] public TimeSpan? Remaining { get; set; }
    [Id(6)] public bool Paused { get; set; }
    [Id(7)] public List<ScenarioEvent> Injects { get; set; } = [];
    [Id(8)] public bool Stopped { get; set; }
    /// <summary>Person seats' valid answers to the open round, by country: they survive the round being reopened.</summary>
    [Id(9)] public Dictionary<string, StoredAnswer> Answers { get; set; } = [];

    // ---- the round clock: the open round's deadline, paused and resumed by the instructor ----

    /// <summary>Round <paramref name="round"/> opens: its deadline is <paramref name="length"/> from now (none
    /// without one; while paused, the whole length waits for the resume).</summary>
    public void OpenClock(int round, TimeSpan? length, DateTimeOffset now)
    {
        OpenRound = round;
        (Deadline, Remaining) = length is not { } l ? ((DateTimeOffset?)null, (TimeSpan?)null)
            : Paused ? (null, l) : (now + l, null);
    }

    /// <summary>No round is open.</summary>
    public void ClearClock() => (OpenRound, Deadline, Remaining) = (0, null, null);

    public bool DeadlinePassed(DateTimeOffset now) => Deadline is { } deadline && deadline <= now;

    /// <returns>False when it was paused already.</returns>
    public bool Pause(DateTimeOffset now)
    {
        if (Paused) return false;
        if (Deadline is { } deadline) (Remaining, Deadline) = (deadline > now ? deadline - now : TimeSpan.Zero, null);
        return Paused = true;
    }

    /// <returns>False when it was not paused.</returns>
    public bool Resume(DateTimeOffset now)
    {
        if (!Paused) return false;
        if (Remaining is { } remaining) (Deadline, Remaining) = (now + remaining, null);
        Paused = false;
        return true;
    }

    /// <returns>False when the open round has no deadline to extend.</returns>
    public bool Extend(TimeSpan more)
    {
        if (Deadline is null && Remaining is null) return false;
        if (Deadline is { } d) Deadline = d + more;
        if (Remaining is { } r) Remaining = r + more;
        return true;
    }
}

/// <summary>A person seat's valid answer to a round, and the move it made.</summary>
[GenerateSerializer, Alias("techpact.StoredAnswer")]
public sealed class StoredAnswer
{
    [Id(0)] public int Round { get; set; }
    [Id(1)] public SeatAnswer? Answer { get; set; }
    [Id(2)] public CountryMove? Move { get; set; }
}
