namespace TechPact.Grains.Classroom;

/// <summary>The clock the round deadlines read. Registered on its own (not as TimeProvider) so a test
/// can hand the classroom a fake clock without moving the clock under Orleans itself.</summary>
public sealed class ClassroomClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}
