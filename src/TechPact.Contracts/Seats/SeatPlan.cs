namespace TechPact.Contracts.Seats;

/// <summary>Who plays one country's seat: its built-in strategy, a person (or a network agent
/// using a person's seat), or an agent program the country grain starts.</summary>
/// <param name="By">The strategy's name, "student"/"person", or the agent's command line as the user typed it.</param>
[GenerateSerializer, Immutable, Alias("techpact.SeatSpec")]
public sealed record SeatSpec([Id(0)] SeatKind Kind, [Id(1)] string By)
{
    /// <summary>An agent's program and arguments, <see cref="By"/> split as a shell would (no shell runs it).</summary>
    [Id(10)] public ImmutableArray<string> Argv { get; init; } = [];

    public static SeatSpec Strategy(string name) => new(SeatKind.Strategy, name);
    public static SeatSpec Agent(string command, IEnumerable<string> argv) => new(SeatKind.Agent, command) { Argv = [.. argv] };
    public static SeatSpec Person(string who = "person") => new(SeatKind.Person, who);

    public bool IsOutside => Kind != SeatKind.Strategy;

    public bool Equals(SeatSpec? other) =>
        other is not null && Kind == other.Kind && By == other.By && Argv.AsSpan().SequenceEqual(other.Argv.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Kind, By);
}

/// <summary>The seats of a summit that are not its built-in strategies, and the clock they play by.</summary>
/// <param name="Seats">Country id → who plays it; a country not listed plays its scenario strategy.</param>
/// <param name="MoveTime">How long an agent program may take over one move before the AI plays the round.</param>
/// <param name="RoundTime">The round's deadline for person seats (null: none; a summit with a person seat needs one).</param>
/// <param name="HandOverAfter">After this many failed rounds in a row, a seat goes to the AI for the rest of the summit.</param>
[GenerateSerializer, Immutable, Alias("techpact.SeatPlan")]
public sealed record SeatPlan([Id(0)] ImmutableDictionary<string, SeatSpec> Seats, [Id(1)] TimeSpan MoveTime, [Id(2)] TimeSpan? RoundTime, [Id(3)] int HandOverAfter = SeatPlan.DefaultHandOverAfter)
{
    public const int DefaultHandOverAfter = 3;
    public static readonly TimeSpan DefaultMoveTime = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxMoveTime = TimeSpan.FromMinutes(2);

    public static SeatPlan None { get; } = new(ImmutableDictionary<string, SeatSpec>.Empty, DefaultMoveTime, null);

    public bool IsEmpty => Seats.IsEmpty;

    /// <summary>Who hands the seats out ("classroom abc123"), when not anyone who sees the summit: the live
    /// page offers no "take this seat" on such a summit.</summary>
    [Id(10)] public string? Owner { get; init; }
}
