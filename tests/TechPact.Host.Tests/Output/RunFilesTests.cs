using TechPact.Host.Output;
using TechPact.Host.Tests.Cli;

namespace TechPact.Host.Tests.Output;

public sealed class RunFilesTests
{
    [Fact]
    public void Writes_every_file_and_leaves_no_temporaries()
    {
        using var dir = new TempDirectory();
        var target = dir["nested/out"];
        RunFiles.WriteAtomically(target, new Dictionary<string, string> { ["a.txt"] = "α\n", ["b.json"] = "{}" });
        Assert.Equal([0xCE, 0xB1, 0x0A], File.ReadAllBytes(Path.Combine(target, "a.txt"))); // UTF-8, no BOM

        RunFiles.WriteAtomically(target, new Dictionary<string, string> { ["a.txt"] = "again" });

        Assert.Equal(["a.txt", "b.json"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("again", File.ReadAllText(Path.Combine(target, "a.txt")));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_files_untouched()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir["keep.txt"], "old");
        // A name that can't be a file (it has a directory separator into a missing folder) fails mid-way.
        Assert.ThrowsAny<IOException>(() => RunFiles.WriteAtomically(dir.Path,
            new Dictionary<string, string> { ["keep.txt"] = "new", ["missing/dir.txt"] = "x" }));

        Assert.Equal("old", File.ReadAllText(dir["keep.txt"]));
        Assert.Equal(["keep.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }
}
