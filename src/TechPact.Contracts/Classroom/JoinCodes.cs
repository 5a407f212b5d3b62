namespace TechPact.Contracts.Classroom;

/// <summary>What a join code is: <see cref="Length"/> characters of an alphabet without look-alikes, typed
/// loosely ("k7mq-2xpr"), and which shard of the code directory keeps it.</summary>
/// <remarks>Why 8 characters: 31^8 ≈ 8.5 × 10^11 codes. A class holds at most a few hundred at once, and the
/// join endpoint admits 60 guesses a minute per client address (docs/security.md): one address needs
/// on the order of 10^8 minutes — centuries — for an even chance at one of 200 codes, and a whole room of
/// 100 addresses still needs years. A code also opens its seat on one device only, so a code that leaks after
/// the student has joined opens nothing.</remarks>
public static class JoinCodes
{
    /// <summary>No 0/O, 1/I/L: a code read aloud or copied off a projector survives.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int Length = 8;

    /// <summary>What a student types, as stored: upper case, letters and digits only (dashes and spaces dropped).</summary>
    public static string Normalise(string? typed) =>
        new([.. (typed ?? "").Take(4 * Length).Select(char.ToUpperInvariant).Where(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))]);

    /// <summary>Whether a normalised code could be one: checked before any grain is asked.</summary>
    public static bool IsWellFormed(string code) => code.Length == Length && code.All(c => Alphabet.Contains(c));

    /// <summary>"K7MQ2XPR" as "K7MQ-2XPR", as the console shows it.</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;

    /// <summary>The directory shard that keeps the code: its first character, so at most 31 shards exist however many codes are tried.</summary>
    public static string ShardOf(string code) => code.Length > 0 && Alphabet.Contains(code[0]) ? code[..1] : "_";

    public static IJoinCodesGrain Of(IGrainFactory grains, string code) => grains.GetGrain<IJoinCodesGrain>(ShardOf(code));

    /// <summary>A student's (or their bot's) join: the code as typed, checked for its form before any grain is
    /// asked, resolved by its shard, joined through its session. Every refusal is a <see cref="Refusal"/>.</summary>
    /// <param name="heldTokens">The seat tokens the device presents (its seat cookies): joining again from the device that holds the seat works.</param>
    public static async Task<SeatTicket> JoinAsync(IGrainFactory grains, string? typed, ImmutableArray<string> heldTokens)
    {
        var code = Normalise(typed);
        if (!IsWellFormed(code))
            throw new Refusal(RefusalKind.Invalid, $"That join code is not valid: a join code is {Length} letters and digits, like K7MQ-2XPR. Check yours with your instructor.");
        var session = await Of(grains, code).Resolve(code)
                      ?? throw new Refusal(RefusalKind.NotFound, "That join code is not (or no longer) valid: check it with your instructor.");
        return await grains.GetGrain<IClassroomGrain>(session).Join(code, heldTokens);
    }
}
