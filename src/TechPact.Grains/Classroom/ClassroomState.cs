namespace TechPact.Grains.Classroom;

/// <summary>A session in grain storage: the plan, the seats with their codes and tokens, the status.
/// The tables are summits and keep their own state (their logs).</summary>
[GenerateSerializer, Alias("techpact.classroom.ClassroomState")]
public sealed class ClassroomState
{
    [Id(0)] public ClassroomSetup? Setup { get; set; }
    /// <summary>The scenario every table opens with: the loaded one with the instructor's AI strategies.</summary>
    [Id(1)] public Scenario? Prepared { get; set; }
    [Id(2)] public string InstructorToken { get; set; } = "";
    [Id(3)] public ClassroomStatus Status { get; set; }
    [Id(4)] public List<SeatState> Seats { get; set; } = [];
    [Id(5)] public int Tables { get; set; }
    [Id(6)] public int Version { get; set; }
}

[GenerateSerializer, Alias("techpact.classroom.SeatState")]
public sealed class SeatState
{
    [Id(0)] public int Table { get; set; }
    [Id(1)] public string Country { get; set; } = "";
    [Id(2)] public bool Human { get; set; }
    [Id(3)] public string? JoinCode { get; set; }
    [Id(4)] public string? Token { get; set; }
    /// <summary>A device has used the code: it holds the seat, and the code opens it nowhere else.</summary>
    [Id(5)] public bool Joined { get; set; }
    /// <summary>Tokens the seat had before the instructor handed it on: they say what happened instead of
    /// "not your token", a token of a seat handed to the AI still watches it, and all may read the debrief.</summary>
    [Id(6)] public List<RetiredToken> Retired { get; set; } = [];
}

[GenerateSerializer, Alias("techpact.classroom.RetiredToken")]
public sealed class RetiredToken
{
    [Id(0)] public string Token { get; set; } = "";
    /// <summary>True: the AI took the seat over; false: another student did.</summary>
    [Id(1)] public bool ToAi { get; set; }
}
