namespace TechPact.Negotiation.Seats;

/// <summary>Exactly what a person or an agent in one country's seat may see: that country's own
/// confidential brief and the public table. Nothing derived from another country's preferences
/// is here: no other priorities, positions, red lines, reservation or strengths, and none of the
/// figures computed from them (draft utilities, aspirations, Zeuthen risks, relative leverage).</summary>
/// <param name="Round">The round being played; once the summit is over, the round it ended in.</param>
/// <param name="Me">The seat's own profile: strengths, weights, values, red lines, reservation and
/// the strategy the AI plays it with when the seat fails.</param>
/// <param name="Draft">The text on the table (the pact, once over; open issues as <see cref="Package.Open"/>).</param>
/// <param name="Converged">Per issue, whether everyone's public commitments meet on it.</param>
/// <param name="Table">Every country in table order, the seat's own included, with its public commitments and last answer.</param>
/// <param name="Events">Scripted events fired so far: round, id and title only (their effects can name other countries' numbers).</param>
public sealed record SeatView(
    string Country,
    int Round,
    int MaxRounds,
    string Protocol,
    SummitStatus Status,
    ImmutableArray<Issue> Issues,
    CountryProfile Me,
    Package Draft,
    ImmutableArray<bool> Converged,
    ImmutableArray<PublicSeat> Table,
    ImmutableArray<Club> Clubs,
    ImmutableArray<PublicEvent> Events)
{
    public bool IsOver => Status != SummitStatus.Running;

    /// <summary>The seat's own utility of the draft on the table.</summary>
    public double DraftUtility => Utility.Of(Me, Draft);
}

/// <summary>One country as every seat sees it.</summary>
/// <param name="Commitments">Per issue, every option it has committed to (public, and only ever growing).</param>
/// <param name="LastAnswer">Its answer to the last round's draft; null before the first round closes.</param>
public sealed record PublicSeat(string Id, string Name, ImmutableArray<OptionSet> Commitments, PublicAnswer? LastAnswer);

/// <param name="Amendments">Per issue, the option it asked the draft to move to, or <see cref="Package.Open"/>.</param>
public sealed record PublicAnswer(int Round, bool Accepts, ImmutableArray<int> Amendments);

public sealed record PublicEvent(int Round, string Id, string Title);
