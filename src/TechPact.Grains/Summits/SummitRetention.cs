namespace TechPact.Grains.Summits;

/// <summary>How long a finished summit stays in memory after the last call that asked for it. It is then
/// released; its log stays in storage, and the next call (from any server) activates it again from there.</summary>
public sealed record SummitRetention(TimeSpan FinishedIdle)
{
    /// <summary>Long enough for a class to read its debrief without waiting on storage.</summary>
    public static SummitRetention Default { get; } = new(TimeSpan.FromMinutes(10));
}
