namespace TechPact.Scenarios.Genius;

/// <summary>One GENIUS XML document and the name diagnostics should give it.</summary>
public sealed record GeniusSource(string FileName, string Xml)
{
    /// <summary>Reads a file within <see cref="InputLimits.MaxGeniusBytes"/> and the read deadline
    /// (a FIFO or /dev/zero named as a profile is refused, not waited on).</summary>
    /// <returns>The source, or null and the problem as a whole-file diagnostic.</returns>
    public static (GeniusSource? Source, Diagnostic? Problem) Read(string path)
    {
        var (bytes, problem) = BoundedFile.Read(path, InputLimits.MaxGeniusBytes, "GENIUS files");
        if (bytes is null) return (null, new Diagnostic(Severity.Error, path, 0, 0, problem!));
        // As File.ReadAllText: UTF-8 unless a byte-order mark says otherwise.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (new GeniusSource(path, reader.ReadToEnd()), null);
    }
}
