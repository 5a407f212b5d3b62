using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace TechPact.Host.Web;

/// <summary>The pages, stylesheets and scripts embedded in the executable, each read once and then served
/// from memory with an ETag: a browser revalidates (Cache-Control: no-cache, so a new build is seen at once)
/// and gets a bodiless 304 while its copy is current. The security headers (CSP and the rest) are the
/// middleware's, as for every response.</summary>
public static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly ConcurrentDictionary<string, Asset> Read = new(StringComparer.Ordinal);

    /// <summary>The asset <paramref name="name"/> of <paramref name="folder"/> ("TechPact.Host.Web.Assets"); its type from its extension.</summary>
    public static IResult Serve(string folder, string name) => Read.GetOrAdd($"{folder}.{name}", Load);

    private static Asset Load(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"{resource} is not embedded.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var type = Path.GetExtension(resource) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            var other => throw new InvalidOperationException($"{resource}: no content type for '{other}' files."),
        };
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        return new Asset(bytes, type, tag);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, EntityTagHeaderValue ETag) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.CacheControl = "no-cache";
            // The file result answers If-None-Match with 304 itself.
            return TypedResults.Bytes(Bytes, ContentType, entityTag: ETag).ExecuteAsync(http);
        }
    }
}
