namespace TechPact.Host.Output;

/// <summary>Seat lines on the terminal. Their texts come from agents (an excerpt of what a program
/// printed), already stripped of control characters by the country grain; callers still escape markup.</summary>
public static class SeatConsole
{
    /// <summary>"KR: AI (late: no move within 5000 ms)" for each seat the AI played in the round.</summary>
    public static string Notes(IEnumerable<TranscriptEvent> lines) => string.Join("; ", lines.Select(line => line switch
    {
        SeatPlayedByAi m => $"{m.Country}: AI ({SeatNames.Of(m.Fault)}{(m.Detail.Length > 0 ? ": " + Short(m.Detail) : "")})",
        SeatTaken { Kind: SeatKind.Strategy } t => $"{t.Country}: to the AI from round {t.Round}",
        SeatTaken t => $"{t.Country}: {SeatNames.Of(t.Kind)} from round {t.Round}",
        _ => "",
    }).Where(s => s.Length > 0));

    /// <summary>One clear line per seat handed to the AI for the rest of the summit.</summary>
    public static IEnumerable<string> HandOvers(IEnumerable<TranscriptEvent> transcript) =>
        transcript.OfType<SeatTaken>().Where(t => t.Round > 0 && t.Kind == SeatKind.Strategy)
            .Select(t => $"seat: {t.Country} is played by the AI ({t.By}) from round {t.Round}: {t.Reason}");

    private static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
