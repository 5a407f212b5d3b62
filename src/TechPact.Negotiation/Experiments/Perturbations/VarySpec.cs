using System.Globalization;

namespace TechPact.Negotiation.Experiments.Perturbations;

/// <summary>Which parts of every country's brief a sweep perturbs, and by how much:
/// <c>priorities=±0.1,reservation=±0.05</c>.</summary>
/// <remarks>Priorities and positions move by a relative factor (1 ± x) and are normalised
/// again; reservations and strengths move by an absolute amount, clamped to 0..1.</remarks>
public sealed record VarySpec(ImmutableArray<VaryDimension> Dimensions)
{
    public static readonly VarySpec None = new(ImmutableArray<VaryDimension>.Empty);

    /// <summary>The default when a sweep names nothing: ±10 % on priorities, ±0.05 on reservations.</summary>
    public static readonly VarySpec Default = new([new(Dimension.Priorities, 0.1), new(Dimension.Reservation, 0.05)]);

    public double Amount(Dimension dimension) =>
        Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Amount ?? 0.0;

    /// <summary>Parses <c>name=±x[,name=±x…]</c> (also <c>+-x</c> or a bare <c>x</c>).</summary>
    /// <returns>False with a message saying what is wrong and what is allowed.</returns>
    public static bool TryParse(string text, out VarySpec spec, out string error)
    {
        spec = None;
        error = "";
        var dimensions = ImmutableArray.CreateBuilder<VaryDimension>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !TryDimension(pieces[0], out var dimension))
            {
                error = $"--vary: '{part}' is not name=±amount; names: {string.Join(", ", Names)}";
                return false;
            }
            var amountText = pieces[1].TrimStart('±').Replace("+-", "", StringComparison.Ordinal).Replace("+/-", "", StringComparison.Ordinal);
            if (!double.TryParse(amountText, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                || !double.IsFinite(amount) || amount < 0 || amount > 1)
            {
                error = $"--vary: '{part}': the amount must be a number between 0 and 1";
                return false;
            }
            if (dimensions.Any(d => d.Dimension == dimension))
            {
                error = $"--vary: '{pieces[0]}' is named twice";
                return false;
            }
            dimensions.Add(new VaryDimension(dimension, amount));
        }
        spec = new VarySpec(dimensions.ToImmutable());
        return true;
    }

    public static IReadOnlyList<string> Names => [.. Enum.GetValues<Dimension>().Select(NameOf)];

    public static string NameOf(Dimension dimension) => dimension.ToString().ToLowerInvariant();

    private static bool TryDimension(string name, out Dimension dimension)
    {
        foreach (var d in Enum.GetValues<Dimension>())
            if (NameOf(d) == name.ToLowerInvariant()) { dimension = d; return true; }
        dimension = default;
        return false;
    }

    public override string ToString() =>
        string.Join(",", Dimensions.Select(d => $"{NameOf(d.Dimension)}=±{d.Amount.ToString(CultureInfo.InvariantCulture)}"));
}

public enum Dimension { Priorities, Reservation, Positions, Strengths }

public sealed record VaryDimension(Dimension Dimension, double Amount);
