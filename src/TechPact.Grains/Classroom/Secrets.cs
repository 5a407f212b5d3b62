using System.Security.Cryptography;
using System.Text;

namespace TechPact.Grains.Classroom;

/// <summary>Tokens and join codes from the OS's cryptographic generator; compared in constant time.</summary>
public static class Secrets
{
    /// <summary>No 0/O, 1/I/L: a code read aloud or copied off a projector survives.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string JoinCode() => RandomNumberGenerator.GetString(CodeAlphabet, 6);

    /// <summary>What a student types, as stored: upper case, no spaces or dashes.</summary>
    public static string NormaliseCode(string typed) =>
        new([.. (typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    public static bool Same(string? expected, string? given) =>
        expected is not null && given is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
