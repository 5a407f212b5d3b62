namespace TechPact.Host.Web;

/// <summary>The live page: one HTML file, one stylesheet, one script, all embedded in the
/// executable (no CDN, nothing downloaded). /summits/{id} is the same page showing one summit.</summary>
public static class LivePages
{
    public static void MapLivePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/summits/{id}", (string id) => Asset("index.html"));
        app.MapGet("/assets/app.css", () => Asset("app.css"));
        app.MapGet("/assets/app.js", () => Asset("app.js"));
    }

    private static IResult Asset(string name) => EmbeddedAssets.Serve("TechPact.Host.Web.Assets", name);
}
