using System.Security.Cryptography;
using System.Text;

namespace TechPact.Grains.Classroom;

/// <summary>Tokens and join codes from the OS's cryptographic generator; compared in constant time.</summary>
public static class Secrets
{
    public static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string JoinCode() => RandomNumberGenerator.GetString(JoinCodes.Alphabet, JoinCodes.Length);

    public static bool Same(string? expected, string? given) =>
        expected is not null && given is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
