using System.Reflection;

namespace TechPact.Host.Web;

/// <summary>The live page: one HTML file, one stylesheet, one script, all embedded in the
/// executable (no CDN, nothing downloaded). /summits/{id} is the same page showing one summit.</summary>
public static class LivePages
{
    private static readonly Assembly Assembly = typeof(LivePages).Assembly;

    public static void MapLivePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/summits/{id}", (string id) => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/assets/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/assets/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = Assembly.GetManifestResourceStream($"TechPact.Host.Web.Assets.{name}")
                           ?? throw new InvalidOperationException($"Asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }
}
