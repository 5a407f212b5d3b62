namespace TechPact.Contracts.Classroom;

/// <summary>How a classroom's tables are named and marked. Each table is summit "{session}-table{n}",
/// whose seat plan names the session as its owner (<see cref="Seats.SeatPlan.Owner"/>): that is how the
/// web knows a summit is a class table, which only the session's instructor may watch while the class runs.</summary>
public static class ClassroomTables
{
    private const string OwnerPrefix = "classroom ";

    public static string SummitId(string session, int table) => $"{session}-table{table}";

    /// <summary>The owner a session's tables (and forks of them) carry.</summary>
    public static string Owner(string session) => OwnerPrefix + session;

    /// <summary>The session that owns a summit, from its owner; null when the summit is no class table.</summary>
    public static string? SessionOf(string? owner) =>
        owner is not null && owner.StartsWith(OwnerPrefix, StringComparison.Ordinal) && owner.Length > OwnerPrefix.Length
            ? owner[OwnerPrefix.Length..]
            : null;
}
