namespace TechPact.Host.Cli;

/// <summary>Exit codes (contract): 0 when a run completed, agreement or not; 2 on invalid input.</summary>
public static class ExitCodes
{
    public const int Completed = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;
}
