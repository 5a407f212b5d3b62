namespace TechPact.Host.Output;

/// <summary>Writes a run's output folder whole or not at all: every file goes into a staging
/// folder beside the target, which then takes the target's place, so a failure (a full disk, a
/// crash, Ctrl+C) leaves either the old folder or the new one, never a mix or a half-written file.</summary>
/// <remarks>A folder is only replaced when it is empty or holds nothing but files TechPact writes
/// (<see cref="OutputNames"/>): `--out ~/Documents` is refused before the run, not emptied after it.</remarks>
public static class RunFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file a verb writes into its output folder.</summary>
    public static readonly IReadOnlySet<string> OutputNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "transcript.jsonl", "result.json", "pact.md", "report.html", "sweep.json", "tournament.json",
    };

    /// <summary>Checked before a run starts, so a bad --out costs nothing.</summary>
    /// <returns>Why <paramref name="directory"/> cannot be the output folder, or null when it can.</returns>
    public static string? Problem(string directory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(full)) return "is a file; give a folder for the output files";
        var cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath("."));
        if (cwd == full || cwd.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return "is the current folder or holds it; give a folder of its own, e.g. out/";
        if (Directory.Exists(full))
        {
            var foreign = Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName)
                .Where(name => !OutputNames.Contains(name!)).Take(3).ToList();
            if (foreign.Count > 0)
                return $"holds files TechPact did not write ({string.Join(", ", foreign)}); give a new or empty folder, or one a previous run wrote";
        }
        try
        {
            var staging = Staging(full);
            Directory.Delete(staging);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be written: " + e.Message;
        }
    }

    /// <summary>Replaces <paramref name="directory"/> with a folder holding exactly <paramref name="files"/>.</summary>
    public static void WriteAtomically(string directory, IReadOnlyDictionary<string, string> files)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (Problem(full) is { } problem) throw new IOException($"{directory} {problem}");
        var staging = Staging(full);
        string? old = null;
        try
        {
            foreach (var (name, content) in files) File.WriteAllText(Path.Combine(staging, name), content, Utf8NoBom);
            if (Directory.Exists(full))
            {
                old = Sibling(full, "old");
                Directory.Move(full, old);
            }
            // Between these two renames the target is briefly absent; its old content is then in `old`.
            Directory.Move(staging, full);
        }
        catch
        {
            if (old is not null && !Directory.Exists(full)) Directory.Move(old, full);
            old = null;
            throw;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (old is not null) Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>One file, replaced atomically (a rename over the old one): for `import -o`.</summary>
    public static void WriteFileAtomically(string path, string content)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"{path} is a folder; give a file name");
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(temp, content, Utf8NoBom);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>A new, empty folder beside the target (creating the target's parents): renames
    /// within one parent folder are atomic.</summary>
    private static string Staging(string full)
    {
        var staging = Sibling(full, "tmp");
        Directory.CreateDirectory(staging);
        return staging;
    }

    private static string Sibling(string full, string kind) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{kind}-{Guid.NewGuid():N}");
}
