namespace TechPact.Host.Web.Seats;

/// <summary>A person seat's move as a page posts it (classroom and live page alike):
/// {"round": 1, "accept": false, "issues": [{"issue": "data-flows", "commit": ["trusted-flow"], "amend": "free-flow"}]},
/// at most <see cref="MaxItems"/> issues and options and <see cref="MaxIdLength"/> characters an id.</summary>
public sealed record SubmitBody(int Round, SeatAnswer Answer)
{
    public const string Example = "{\"round\": 1, \"accept\": false, \"issues\": [{\"issue\": \"data-flows\", \"commit\": [\"trusted-flow\"], \"amend\": \"free-flow\"}]}";

    /// <summary>More issues, options or characters than any scenario has: the body is refused before it is read further.</summary>
    public const int MaxItems = 64;
    public const int MaxIdLength = 200;

    /// <returns>The move, or the first thing wrong with the body, naming the field.</returns>
    public static async Task<(SubmitBody? Body, string? Problem)> ReadAsync(HttpRequest request)
    {
        var body = await JsonBody.ReadAsync(request, Example);
        var round = body.Integer("round", "the round this answers (the seat's \"round\")", 1, int.MaxValue, required: true);
        var accept = body.Boolean("accept", "whether you accept the whole draft") ?? false;
        var issues = body.Objects("issues", "answers, one per issue: {\"issue\": …, \"commit\": […], \"amend\": …}", MaxItems)
            .Select(i => new IssueAnswer(
                i.String("issue", "an issue id", required: true, maxLength: MaxIdLength) ?? "",
                [.. i.Strings("commit", "option ids", MaxItems, MaxIdLength)],
                i.String("amend", "an option id to move the draft to", maxLength: MaxIdLength) is { Length: > 0 } amend ? amend : null))
            .ToList();
        return body.Problem is { } problem ? (null, problem) : (new SubmitBody((int)round!.Value, new SeatAnswer(accept, [.. issues])), null);
    }
}
