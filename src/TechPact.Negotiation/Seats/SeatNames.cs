namespace TechPact.Negotiation.Seats;

/// <summary>The names seat kinds and faults go by in transcripts, the agent protocol and the UI.</summary>
public static class SeatNames
{
    private static readonly (SeatKind Kind, string Name)[] Kinds =
        [(SeatKind.Strategy, "strategy"), (SeatKind.Person, "person"), (SeatKind.Agent, "agent")];

    private static readonly (SeatFault Fault, string Name)[] Faults =
    [
        (SeatFault.Silent, "silent"), (SeatFault.Late, "late"), (SeatFault.Crashed, "crashed"),
        (SeatFault.Illegal, "illegal"), (SeatFault.ClosedEarly, "closed-early"),
    ];

    public static string Of(SeatKind kind) => Kinds.First(k => k.Kind == kind).Name;

    public static string Of(SeatFault fault) => Faults.First(f => f.Fault == fault).Name;

    public static bool TryKind(string name, out SeatKind kind)
    {
        var found = Kinds.FirstOrDefault(k => k.Name == name);
        kind = found.Kind;
        return found.Name is not null;
    }

    public static bool TryFault(string name, out SeatFault fault)
    {
        var found = Faults.FirstOrDefault(f => f.Name == name);
        fault = found.Fault;
        return found.Name is not null;
    }

    public static IEnumerable<string> KindNames => Kinds.Select(k => k.Name);

    public static IEnumerable<string> FaultNames => Faults.Select(f => f.Name);
}
