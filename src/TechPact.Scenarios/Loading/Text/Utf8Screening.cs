using System.Buffers;
using System.Text.Unicode;

namespace TechPact.Scenarios.Loading.Text;

/// <summary>Decodes file bytes strictly, so a wrong encoding is reported at the first bad byte
/// instead of silently becoming U+FFFD.</summary>
internal static class Utf8Screening
{
    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(SourcePosition.Start, "the file is UTF-16 encoded; save it as UTF-8");
            return null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new string(chars, 0, charsWritten);

        var at = PositionOf(chars.AsSpan(0, charsWritten));
        diagnostics.Error(at, $"invalid UTF-8 byte 0x{bytes[bytesRead]:X2}; a scenario must be UTF-8 text");
        return null;
    }

    /// <summary>The position just after the decoded prefix, where the bad byte sits.</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<char> decodedPrefix)
    {
        var line = 1 + decodedPrefix.Count('\n');
        var lineStart = decodedPrefix.LastIndexOf('\n') + 1;
        return new SourcePosition(line, decodedPrefix.Length - lineStart + 1);
    }

    public static int ByteCount(string text) => Encoding.UTF8.GetByteCount(text);
}
