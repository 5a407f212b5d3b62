using TechPact.Host.Web.Security;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace TechPact.Web.Tests.Security;

/// <summary>The QR code `serve --public` prints scans to the students' address: read back from
/// the terminal text by ZXing, an independent decoder.</summary>
public sealed class JoinQrTests
{
    /// <summary>Each character is two modules stacked; light modules are drawn.</summary>
    public static string? Decode(string terminal)
    {
        var lines = terminal.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var width = lines.Max(l => l.Length);
        const int scale = 4;
        var pixels = new byte[width * scale * lines.Length * 2 * scale];
        for (var row = 0; row < lines.Length; row++)
            for (var x = 0; x < lines[row].Length; x++)
            {
                var (top, bottom) = lines[row][x] switch { '█' => (true, true), '▀' => (true, false), '▄' => (false, true), _ => (false, false) };
                for (var half = 0; half < 2; half++)
                    for (var dy = 0; dy < scale; dy++)
                        for (var dx = 0; dx < scale; dx++)
                            pixels[((row * 2 + half) * scale + dy) * width * scale + x * scale + dx] = (half == 0 ? top : bottom) ? (byte)255 : (byte)0;
            }
        var source = new RGBLuminanceSource(pixels, width * scale, lines.Length * 2 * scale, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result?.Text;
    }

    [Theory]
    [InlineData("http://192.168.1.23:5000/join")]
    [InlineData("http://[fd00::2]:8080/join")]
    public void The_terminal_code_scans_to_its_address(string url) => Assert.Equal(url, Decode(JoinQr.Terminal(url)));
}
