using QRCoder;

namespace TechPact.Host.Web.Security;

/// <summary>The join address as a QR code students scan: printed in the terminal when the server
/// starts with --public, and on /join/qr (the instructor's, to put on the projector).</summary>
public static class JoinQr
{
    /// <summary>Two module rows per text line in half blocks, light modules drawn (as `qrencode -t
    /// UTF8` does), so it scans on the usual dark terminal; the 4-module quiet zone included.</summary>
    public static string Terminal(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var text = new StringBuilder();
        for (var y = 0; y < rows.Count; y += 2)
        {
            for (var x = 0; x < rows[y].Count; x++)
            {
                var topLight = !rows[y][x];
                var bottomLight = y + 1 >= rows.Count || !rows[y + 1][x];
                text.Append((topLight, bottomLight) switch
                {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    _ => ' ',
                });
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }

    /// <summary>GET /join/qr: each address students can reach, big, with its code (instructor only, like every page not listed open).</summary>
    public static void MapJoinQr(this IEndpointRouteBuilder app) => app.MapGet("/join/qr", (ServerAddresses addresses) =>
    {
        var urls = addresses.StudentUrls.Count > 0 ? addresses.StudentUrls : [addresses.LocalUrl];
        var cards = string.Concat(urls.Select(u => u + "join").Select(url =>
            $"<section class=\"card\" style=\"text-align:center\"><h2 style=\"font-size:28px\">{WebUtility.HtmlEncode(url)}</h2>{Svg(url)}</section>"));
        var note = addresses.StudentUrls.Count > 0 ? "" :
            "<p class=\"notice\">This server listens on this machine only: start it with <code>--public</code> so students' laptops can reach it.</p>";
        return Results.Text($"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Join — TechPact</title><link rel="stylesheet" href="/classroom/assets/classroom.css"></head><body>
            <header class="top"><h1>TechPact classroom</h1><span>Scan to join, then type your code</span></header>
            <main>{note}{cards}</main></body></html>
            """, "text/html; charset=utf-8");
    });
}
