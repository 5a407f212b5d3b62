using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TechPact.Negotiation.Seats;

namespace TechPact.Host.Web.Seats;

/// <summary>A person seat's move as a page posts it (classroom and live page alike):
/// {"round": 1, "accept": false, "issues": [{"issue": "data-flows", "commit": ["trusted-flow"], "amend": "free-flow"}]},
/// at most <see cref="MaxItems"/> issues and options and <see cref="MaxIdLength"/> characters an id.</summary>
public sealed record SubmitBody(int Round, bool Accept, List<SubmitBody.IssueBody>? Issues)
{
    public const string Example = "{\"round\": 1, \"accept\": false, \"issues\": [{\"issue\": \"data-flows\", \"commit\": [\"trusted-flow\"], \"amend\": \"free-flow\"}]}";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    public sealed record IssueBody(string? Issue, List<string>? Commit, string? Amend);

    /// <summary>More issues, options or characters than any scenario has: the body is refused before it is read further.</summary>
    public const int MaxItems = 64;
    public const int MaxIdLength = 200;

    /// <returns>The body, or null when it is not JSON of this shape, names no round or passes the limits.</returns>
    public static async Task<SubmitBody?> ReadAsync(HttpRequest request)
    {
        SubmitBody? body;
        try { body = await JsonSerializer.DeserializeAsync<SubmitBody>(request.Body, Json); }
        catch (JsonException) { return null; }
        if (body is not { Round: >= 1 } || body.Issues?.Count > MaxItems) return null;
        foreach (var issue in body.Issues ?? [])
            if (issue is null || issue.Commit?.Count > MaxItems || new[] { issue.Issue, issue.Amend }.Concat(issue.Commit ?? []).Any(id => id?.Length > MaxIdLength))
                return null;
        return body;
    }

    public SeatAnswer Answer() =>
        new(Accept, [.. (Issues ?? []).Select(i => new IssueAnswer(i.Issue ?? "", [.. i.Commit ?? []], string.IsNullOrEmpty(i.Amend) ? null : i.Amend))]);
}
