namespace TechPact.Contracts;

[GenerateSerializer]
public enum RefusalKind
{
    /// <summary>The request itself is wrong (an option that does not exist, a withdrawn commitment): 400.</summary>
    Invalid,
    /// <summary>The token does not open this seat or this console: 403.</summary>
    Forbidden,
    /// <summary>No such session, table, summit, seat or join code: 404.</summary>
    NotFound,
    /// <summary>Right request, wrong moment (the round has closed, the session is paused): 409.</summary>
    Conflict,
}

/// <summary>A request from outside the cluster (a browser, an agent) refused; nothing changed. The web
/// maps <see cref="Kind"/> to an HTTP status and the message to the JSON error.</summary>
[GenerateSerializer, Alias("techpact.Refusal")]
public sealed class Refusal : Exception
{
    public Refusal(RefusalKind kind, string message) : base(message) => Kind = kind;

    [Id(0)]
    public RefusalKind Kind { get; init; }
}
