namespace TechPact.Negotiation.Outcomes;

/// <summary>An agenda item: an ordered list of options and the capability areas it touches.</summary>
/// <remarks>Options are ordered from the most closed to the most open; "nearest option" in
/// amendments means nearest on this ladder.</remarks>
public sealed record Issue(string Id, string Title, ImmutableArray<string> Areas, ImmutableArray<Option> Options)
{
    /// <summary>Commitment sets are 64-bit masks, so an issue holds at most this many options.</summary>
    public const int MaxOptions = OptionSet.Capacity;

    public int IndexOf(string optionId)
    {
        for (var i = 0; i < Options.Length; i++)
            if (Options[i].Id == optionId) return i;
        return -1;
    }
}
