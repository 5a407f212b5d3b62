using System.Reflection;
using TechPact.Scenarios.Reports.Debrief;

namespace TechPact.Host.Web.Classroom;

/// <summary>The classroom pages: plain HTML shells with one stylesheet and a script each, embedded
/// in the executable; the debrief is rendered on the server as one self-contained page.</summary>
public static class ClassroomPages
{
    private static readonly Assembly Assembly = typeof(ClassroomPages).Assembly;

    public static void MapClassroom(this IEndpointRouteBuilder app)
    {
        app.MapClassroomApi();
        app.MapGet("/instructor/new", () => Asset("new.html"));
        app.MapGet("/instructor/{session}", (string session) => Asset("console.html"));
        app.MapGet("/join", () => Asset("join.html"));
        app.MapGet("/seat/{session}/{table:int}/{country}", () => SeatPage());
        app.MapGet("/classroom/assets/{name}", (string name) => name switch
        {
            "classroom.css" => Asset(name, "text/css; charset=utf-8"),
            "new.js" or "console.js" or "join.js" or "seat.js" or "common.js" => Asset(name, "text/javascript; charset=utf-8"),
            _ => Results.NotFound(),
        });
        app.MapGet("/debrief/{session}", Debrief);
    }

    private static async Task<IResult> Debrief(string session, HttpContext http, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IClassroomGrain>(session);
        Refusal? last = null;
        foreach (var token in ClassroomAuth.AnyToken(http.Request, session).Distinct())
        {
            try
            {
                var s = await grain.GetDebrief(token);
                var tables = s.Tables.Select(t => new DebriefTable($"Table {t.Table}", t.Opening, t.Transcript)).ToList();
                return Results.Text(DebriefHtml.Write(s.Title, tables, $"Classroom session {s.SessionId} · {tables.Count} table(s) · scenario {s.ScenarioId}"),
                    "text/html; charset=utf-8");
            }
            catch (Refusal refusal) { last = refusal; }
        }
        last ??= new Refusal(RefusalKind.Forbidden, "The debrief is for this session's instructor and students: open it from the console or your seat page.");
        return ClassroomAuth.Refused(last);
    }

    /// <summary>One seat page for every person's seat: a classroom's and a live summit's.</summary>
    public static IResult SeatPage() => Asset("seat.html");

    private static IResult Asset(string name, string contentType = "text/html; charset=utf-8")
    {
        using var stream = Assembly.GetManifestResourceStream($"TechPact.Host.Web.Classroom.Assets.{name}")
                           ?? throw new InvalidOperationException($"Classroom asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }
}
