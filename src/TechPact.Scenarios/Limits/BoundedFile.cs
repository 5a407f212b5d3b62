namespace TechPact.Scenarios.Limits;

/// <summary>Reads a file a user named, bounded by the bytes actually read and by time, never by
/// the length the file system reports: /dev/zero and /dev/urandom report 0 bytes and never end,
/// and a FIFO with no writer blocks its reader forever.</summary>
public static class BoundedFile
{
    /// <param name="what">How the limit is named in the message, e.g. "scenario files".</param>
    /// <returns>The bytes, or null and the problem (a whole sentence about the file, without its name).</returns>
    public static (byte[]? Bytes, string? Problem) Read(string path, long maxBytes, string what)
    {
        if (Directory.Exists(path)) return (null, "is a directory, not a file");
        if (!File.Exists(path)) return (null, "file not found");
        // A regular file's length is known: refuse it unread. Devices and pipes say 0, so they are read.
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes) return (null, TooLarge($"the file is {Size(length)}", maxBytes, what));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (null, "cannot read the file: " + e.Message); }

        // Opening a FIFO blocks until a writer comes, and a read blocks until data does; neither
        // can be cancelled, so the read runs on a thread of its own that is abandoned at the deadline.
        var read = Task.Factory.StartNew(() => ReadUpTo(path, maxBytes), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!read.Wait(InputLimits.MaxReadWait))
                return (null, $"no end of data within {InputLimits.MaxReadWait.TotalSeconds:0} s: is it a pipe with no writer, or a device? Give a regular file");
        }
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read the file: " + e.InnerException.Message);
        }
        var bytes = read.Result;
        return bytes.LongLength > maxBytes
            ? (null, TooLarge($"reading stopped after {Limit(maxBytes)} without reaching the end (a device such as /dev/zero?)", maxBytes, what))
            : (bytes, null);
    }

    /// <summary>The file's bytes, or its first <paramref name="maxBytes"/> + 1 when it is longer.</summary>
    private static byte[] ReadUpTo(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length <= maxBytes)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var n = stream.Read(chunk, 0, wanted);
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static string TooLarge(string found, long maxBytes, string what) => $"{found}; {what} are limited to {Limit(maxBytes)}";

    private static string Size(long bytes) => $"{bytes / (1024.0 * 1024.0):0.0} MiB";

    /// <summary>Limits are whole MiB or KiB: "4 MiB", "64 KiB".</summary>
    public static string Limit(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
