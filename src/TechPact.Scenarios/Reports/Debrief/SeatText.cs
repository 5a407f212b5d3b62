namespace TechPact.Scenarios.Reports.Debrief;

/// <summary>Seat lines in words, for the debrief (plain text: the caller escapes it).</summary>
public static class SeatText
{
    public static string Describe(SeatTaken t) => t.Kind switch
    {
        SeatKind.Strategy => $"AI ({t.By})",
        SeatKind.Agent => $"agent {t.By}",
        _ => t.By,
    };

    /// <summary>Who held the seat in <paramref name="round"/>.</summary>
    public static string Holder(DebriefTable table, string country, int round) =>
        table.Seats[country].LastOrDefault(t => Math.Max(t.Round, 1) <= round) is { } t ? Describe(t) : "AI";

    public static string FaultName(SeatFault fault) => SeatNames.Of(fault);

    public static string Fault(SeatPlayedByAi m) => m.Detail.Length == 0 ? FaultName(m.Fault) : $"{FaultName(m.Fault)}: {m.Detail}";
}
