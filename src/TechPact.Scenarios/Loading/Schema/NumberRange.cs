namespace TechPact.Scenarios.Loading.Schema;

/// <summary>An accepted interval and the words messages use for it.</summary>
internal sealed record NumberRange(double Min, double Max, bool MinExclusive, string Expected)
{
    public static readonly NumberRange Unit = new(0, 1, false, "a number between 0 and 1");
    public static readonly NumberRange Noise = new(0, 0.5, false, "a number between 0 and 0.5");
    public static readonly NumberRange Weight = new(0, double.MaxValue, false, "a number of at least 0");
    public static readonly NumberRange Exponent = new(0, 100, true, "a number greater than 0 and at most 100");
    public static readonly NumberRange Discount = new(0, 1, true, "a number greater than 0 and at most 1");

    public bool Contains(double value) => (MinExclusive ? value > Min : value >= Min) && value <= Max;
}

/// <summary>An accepted integer interval and the words messages use for it.</summary>
internal sealed record IntegerRange(long Min, long Max, string Expected)
{
    public static readonly IntegerRange Seed = new(long.MinValue, long.MaxValue, "an integer");
    public static readonly IntegerRange MaxRounds = new(1, Limits.InputLimits.MaxRounds, $"an integer between 1 and {Limits.InputLimits.MaxRounds}");
    public static readonly IntegerRange ClubThreshold = new(0, 1000, "0 (no clubs) or a number of countries of at least 2");
}
