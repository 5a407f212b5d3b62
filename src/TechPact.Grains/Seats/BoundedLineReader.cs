using System.Text;

namespace TechPact.Grains.Seats;

/// <summary>Reads UTF-8 lines off a child's output without ever holding more than one bounded line:
/// a line past the limit is reported, not buffered.</summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[8192];
    private readonly MemoryStream _line = new();
    private int _start;
    private int _end;

    /// <returns>The next line (without its end of line), null at the end of the stream.</returns>
    /// <exception cref="LineTooLongException">The line is longer than the limit.</exception>
    public async Task<string?> ReadLineAsync(CancellationToken cancellation)
    {
        _line.SetLength(0);
        while (true)
        {
            if (_start == _end)
            {
                _end = await stream.ReadAsync(_buffer, cancellation);
                _start = 0;
                if (_end == 0) return _line.Length > 0 ? Text() : null;
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            if (_line.Length + (stop - _start) > maxLineBytes) throw new LineTooLongException();
            _line.Write(_buffer, _start, stop - _start);
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0) return Text();
        }
    }

    private string Text()
    {
        var text = Encoding.UTF8.GetString(_line.GetBuffer(), 0, (int)_line.Length);
        return text.EndsWith('\r') ? text[..^1] : text;
    }
}

internal sealed class LineTooLongException : Exception;
