using System.Collections.Concurrent;
using TechPact.Host.Web.Live;

namespace TechPact.Host.Web.Classroom;

/// <summary>Which summits are classroom tables, and who may watch one. A table's summit carries every
/// country's brief, reservation and utilities (the live page, its API and its transcript show them), so
/// while it exists it is shown only to its session's instructor: the browser holding the session's
/// instructor cookie (or a Bearer token). Students see their table through their seat view, and everything
/// through the debrief once the class is over. A fork of a table belongs to the same session.</summary>
/// <remarks>Whether a summit is a table is its owner (<see cref="ClassroomTables.SessionOf"/>), asked of its
/// grain once and remembered: an owner never changes. A summit whose transcript never seated a person is no
/// table (every class has a student seat at its opening, and forks keep those lines), so the live page's
/// AI-only summits cost no grain call.</remarks>
public sealed class ClassTables(IGrainFactory grains, LiveSummits live)
{
    private readonly ConcurrentDictionary<string, string?> _sessions = new(StringComparer.Ordinal);

    /// <summary>The session whose table (or a fork of one) the summit is; null for any other summit,
    /// and for one this server does not know (which no endpoint shows anyway).</summary>
    public async ValueTask<string?> SessionOf(string summitId)
    {
        if (_sessions.TryGetValue(summitId, out var known)) return known;
        if (live.Find(summitId) is not { } replica) return null;
        var session = replica.SeatedAPerson ? ClassroomTables.SessionOf((await grains.GetGrain<ISummitGrain>(summitId).GetView()).Owner) : null;
        return _sessions[summitId] = session;
    }

    /// <summary>Whether this request may see the summit: any summit that is no class table; a table only with its
    /// session's instructor token.</summary>
    public async ValueTask<bool> MayWatch(HttpContext http, string summitId, Dictionary<string, bool>? asked = null)
    {
        if (await SessionOf(summitId) is not { } session) return true;
        if (asked?.TryGetValue(session, out var answer) == true) return answer;
        var token = ClassroomAuth.Token(http.Request, ClassroomAuth.InstructorCookie(session));
        answer = token.Length > 0 && await grains.GetGrain<IClassroomGrain>(session).IsInstructor(token);
        if (asked is not null) asked[session] = answer;
        return answer;
    }

    /// <summary>The summits of the list this request may see (each session's token checked once).</summary>
    public async Task<List<SummitReplica>> Visible(HttpContext http, IEnumerable<SummitReplica> summits)
    {
        var asked = new Dictionary<string, bool>(StringComparer.Ordinal);
        var visible = new List<SummitReplica>();
        foreach (var summit in summits)
            if (await MayWatch(http, summit.SummitId, asked)) visible.Add(summit);
        return visible;
    }

    public static string HiddenMessage(string summitId, string session) =>
        $"Summit {summitId} is a table of classroom session {session}: while it exists only its instructor sees it " +
        "(from the browser that created the session). Students: your seat page shows your table; the debrief shows everything once the class is over.";

    public static string SeatsMessage(string summitId) =>
        $"Summit {summitId} is a classroom table: its instructor hands out its seats (students join at /join with their code).";
}
