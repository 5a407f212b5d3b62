using System.Text;

namespace TechPact.Host.Output;

/// <summary>Writes a run's files so that a failure never leaves half-written output: everything
/// is written to temporary files beside the targets first, then each is renamed into place.</summary>
public static class RunFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAtomically(string directory, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (name, content) in files)
            {
                var temp = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temp, Path.Combine(directory, name)));
                File.WriteAllText(temp, content, Utf8NoBom);
            }
            // Renames within one directory are atomic per file; staging them all first keeps the
            // window in which only some files are new as small as it can be.
            foreach (var (temp, final) in staged) File.Move(temp, final, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
