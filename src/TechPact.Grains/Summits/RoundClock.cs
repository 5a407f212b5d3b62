namespace TechPact.Grains.Summits;

/// <summary>The clock round deadlines read. Registered on its own (not as TimeProvider) so a test can
/// hand the summits a fake clock without moving the clock under Orleans itself; without one, the
/// system clock.</summary>
public sealed class RoundClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public static TimeProvider Of(RoundClock? clock) => clock?.Time ?? TimeProvider.System;
}
