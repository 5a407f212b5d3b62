namespace TechPact.Grains.Summits;

/// <summary>The clock round deadlines read. Registered on its own (not as TimeProvider) so a test can
/// hand the summits a fake clock without moving the clock under Orleans itself; every silo has one
/// (<c>AddTechPact</c>), the system clock unless a test hands in another.</summary>
public sealed class RoundClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}
