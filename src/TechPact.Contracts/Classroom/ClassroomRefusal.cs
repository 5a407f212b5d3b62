namespace TechPact.Contracts.Classroom;

[GenerateSerializer]
public enum RefusalKind
{
    /// <summary>The request itself is wrong (an option that does not exist, a withdrawn commitment): 400.</summary>
    Invalid,
    /// <summary>The token does not open this seat or this console: 403.</summary>
    Forbidden,
    /// <summary>No such session, table, seat or join code: 404.</summary>
    NotFound,
    /// <summary>Right request, wrong moment (the round has closed, the session is paused): 409.</summary>
    Conflict,
}

/// <summary>A classroom request refused; nothing changed. The web maps <see cref="Kind"/> to an HTTP status.</summary>
[GenerateSerializer, Alias("techpact.classroom.ClassroomRefusal")]
public sealed class ClassroomRefusal : Exception
{
    public ClassroomRefusal(RefusalKind kind, string message) : base(message) => Kind = kind;

    [Id(0)]
    public RefusalKind Kind { get; init; }
}
