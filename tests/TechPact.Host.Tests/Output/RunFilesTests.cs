using TechPact.Host.Output;
using TechPact.Host.Tests.Cli;

namespace TechPact.Host.Tests.Output;

/// <summary>The output folder is replaced whole or not at all, and only when it holds nothing but
/// TechPact's own files.</summary>
public sealed class RunFilesTests
{
    [Fact]
    public void Writes_every_file_and_leaves_no_temporaries()
    {
        using var dir = new TempDirectory();
        var target = dir["nested/out"];
        RunFiles.WriteAtomically(target, new Dictionary<string, string> { ["result.json"] = "α\n", ["pact.md"] = "{}" });
        Assert.Equal([0xCE, 0xB1, 0x0A], File.ReadAllBytes(Path.Combine(target, "result.json"))); // UTF-8, no BOM

        RunFiles.WriteAtomically(target, new Dictionary<string, string> { ["result.json"] = "again" });

        // Replaced whole: pact.md of the first write is gone, and nothing is left beside the folder.
        Assert.Equal(["result.json"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal("again", File.ReadAllText(Path.Combine(target, "result.json")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir["nested"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_folder_untouched()
    {
        using var dir = new TempDirectory();
        var target = dir["out"];
        RunFiles.WriteAtomically(target, new Dictionary<string, string> { ["result.json"] = "old" });
        // A name that can't be a file (it has a directory separator into a missing folder) fails mid-way.
        Assert.ThrowsAny<IOException>(() => RunFiles.WriteAtomically(target,
            new Dictionary<string, string> { ["result.json"] = "new", ["missing/dir.txt"] = "x" }));

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "result.json")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_of_other_files_is_never_replaced()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir["thesis.docx"], "years of work");

        Assert.Contains("holds files TechPact did not write (thesis.docx)", RunFiles.Problem(dir.Path));
        Assert.ThrowsAny<IOException>(() => RunFiles.WriteAtomically(dir.Path, new Dictionary<string, string> { ["result.json"] = "x" }));
        Assert.Equal("years of work", File.ReadAllText(dir["thesis.docx"]));
    }

    [Fact]
    public void A_file_or_an_unwritable_place_is_named_as_such()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir["a-file"], "");
        Assert.Equal("is a file; give a folder for the output files", RunFiles.Problem(dir["a-file"]));
        Assert.StartsWith("cannot be written:", RunFiles.Problem("/proc/techpact-out"));
        Assert.StartsWith("cannot be written:", RunFiles.Problem(Path.Combine(dir["a-file"], "below")));
    }
}
