namespace TechPact.Agents.Messages;

/// <summary>Server → agent: a round has opened and this seat is to answer it (with a <see cref="MoveMessage"/>)
/// within <see cref="MoveMs"/> milliseconds. Everything the seat may know is here, and nothing else:
/// its own confidential brief and the public table.</summary>
/// <param name="Summit">The summit's id.</param>
/// <param name="Country">The country this seat plays.</param>
/// <param name="Round">The round to answer (1-based).</param>
/// <param name="MaxRounds">The deadline: the summit ends after this round at the latest.</param>
/// <param name="MoveMs">How long the server waits for the answer; after that the AI plays this round.</param>
public sealed record TurnMessage(
    string Summit,
    string Country,
    int Round,
    int MaxRounds,
    string Protocol,
    long MoveMs,
    Brief Brief,
    Table Table) : AgentMessage;

/// <summary>The seat's own confidential brief. Utility of a package = Σ over issues of weight × value of
/// the package's option; an open issue counts 0. Below <see cref="Reservation"/>, no deal is better.</summary>
/// <param name="Strategy">The built-in strategy the AI plays this seat with when the seat fails a round.</param>
public sealed record Brief(
    string Name,
    double Reservation,
    string Strategy,
    IReadOnlyDictionary<string, double> Strengths,
    IReadOnlyList<IssueBrief> Issues);

/// <param name="Weight">This seat's priority on the issue (the weights of all issues sum to 1).</param>
/// <param name="Options">From the most closed to the most open.</param>
public sealed record IssueBrief(string Id, string Title, double Weight, IReadOnlyList<OptionBrief> Options);

/// <param name="Value">This seat's value of the option, 0..1 (1 for its favourite on the issue).</param>
/// <param name="RedLine">The seat can never commit to, ask for or accept this option.</param>
public sealed record OptionBrief(string Id, string Label, string Standard, double Value, bool RedLine);

/// <summary>The public table: what every seat sees alike.</summary>
/// <param name="Draft">Issue id → the draft's option id, or null where the draft leaves it open.</param>
/// <param name="DraftUtility">This seat's own utility of the draft.</param>
/// <param name="Converged">Issues on which everyone's public commitments meet.</param>
/// <param name="Countries">Every country in table order, this seat's own included.</param>
public sealed record Table(
    IReadOnlyDictionary<string, string?> Draft,
    double DraftUtility,
    IReadOnlyList<string> Converged,
    IReadOnlyList<PublicCountry> Countries,
    IReadOnlyList<ClubInfo> Clubs,
    IReadOnlyList<EventInfo> Events);

/// <param name="Commitments">Issue id → every option id it has committed to. Commitments only ever grow.</param>
/// <param name="LastAnswer">Its answer to the last round's draft; null before the first round closes.</param>
public sealed record PublicCountry(string Id, string Name, IReadOnlyDictionary<string, IReadOnlyList<string>> Commitments, LastAnswer? LastAnswer);

/// <param name="Amendments">Issue id → the option it asked the draft to move to (issues without a request are absent).</param>
public sealed record LastAnswer(int Round, bool Accepts, IReadOnlyDictionary<string, string> Amendments);

/// <summary>A standards club: <see cref="Members"/> adopted <see cref="Standard"/> on <see cref="Issue"/>
/// among themselves; committing to it joins the club.</summary>
public sealed record ClubInfo(string Issue, string Standard, int FormedRound, IReadOnlyList<string> Members);

/// <summary>A scripted event that has fired (its effects are not public: they may name other countries' numbers).</summary>
public sealed record EventInfo(int Round, string Id, string Title);
