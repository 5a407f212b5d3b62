namespace TechPact.Negotiation.Events;

/// <summary>A scripted inject: at the start of <see cref="Round"/> the effects change the table.</summary>
public sealed record ScenarioEvent(int Round, string Id, string Title, ImmutableArray<EventEffect> Effects);

/// <summary>One change an event makes. Issues and options are indices into the agenda.</summary>
public abstract record EventEffect
{
    /// <summary>The country this effect takes away from the table — its seat becomes absent
    /// (<see cref="Protocols.SummitSetting.Absent"/>) — or null: no effect but a departure does.</summary>
    public virtual string? Departing => null;
}

/// <summary>The issue becomes <paramref name="Weight"/> of the country's concerns; its other
/// weights shrink in proportion so they still sum to 1.</summary>
public sealed record PriorityChange(string Country, int Issue, double Weight) : EventEffect;

public sealed record StrengthChange(string Country, string Area, double Strength) : EventEffect;

public sealed record ReservationChange(string Country, double Reservation) : EventEffect;

/// <summary>A new red line also releases any commitment the country had made to that option:
/// the one way a commitment can be withdrawn.</summary>
public sealed record RedLineAdded(string Country, int Issue, int Option) : EventEffect;

public sealed record RedLineLifted(string Country, int Issue, int Option) : EventEffect;

/// <summary>A new party takes a seat at the table.</summary>
public sealed record PartyJoins(CountryProfile Country) : EventEffect;

/// <summary>A country walks out: from the round the event fires its seat is empty — it makes no moves and is
/// no party to the pact, which the others may still reach without it. Its utility of the pact is still reported.</summary>
public sealed record PartyLeaves(string Country) : EventEffect
{
    public override string? Departing => Country;
}
