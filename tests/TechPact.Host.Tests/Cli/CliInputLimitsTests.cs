using System.Diagnostics;

namespace TechPact.Host.Tests.Cli;

/// <summary>The CLI's own inputs: devices and FIFOs named as files are refused quickly with exit
/// 2; command-line numbers meet the file's caps; a bad --out is refused before the run.</summary>
public sealed class CliInputLimitsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Fifo(string name)
    {
        var path = _dir[name];
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        return path;
    }

    /// <summary>Bounded so a hang fails the test rather than the run; generous for a loaded machine.</summary>
    private static async Task<(int Exit, string Out, string Error)> Bounded(params string[] args)
    {
        var run = CliHarness.RunAsync(args);
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(90))) == run, $"techpact {string.Join(' ', args)} did not return within 90 s");
        return await run;
    }

    [Theory]
    [InlineData("run", "/dev/zero")]
    [InlineData("validate", "/dev/urandom")]
    [InlineData("analyze", "/dev/zero")]
    [InlineData("replay", "/dev/zero")]
    [InlineData("fork", "/dev/urandom")]
    [InlineData("import", "/dev/zero")]
    public async Task A_device_named_as_a_file_is_invalid_input(string verb, string device)
    {
        string[] args = verb switch
        {
            "fork" => ["fork", device, "--at-round", "1"],
            "import" => ["import", "genius", device, device, device],
            _ => [verb, device],
        };
        var (exit, output, error) = await Bounded(args);

        Assert.Equal(2, exit);
        Assert.Contains("reading stopped after", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("pact", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("replay")]
    [InlineData("import")]
    public async Task A_fifo_with_no_writer_is_invalid_input_after_the_read_deadline(string verb)
    {
        var fifo = Fifo($"{verb}.fifo");
        string[] args = verb == "import" ? ["import", "genius", fifo, CliHarness.Fixture("genius/tiny_alice.xml"), CliHarness.Fixture("genius/tiny_bob.xml")] : [verb, fifo];

        var (exit, _, error) = await Bounded(args);

        Assert.Equal(2, exit);
        Assert.Contains("no end of data within 5 s", error);
    }

    [Fact]
    public async Task Max_rounds_on_the_command_line_has_the_files_cap()
    {
        var (exit, _, error) = await Bounded("run", CliHarness.Fixture("small.yaml"), "--max-rounds", "1001");
        Assert.Equal(2, exit);
        Assert.Contains("error: --max-rounds must be from 1 to 1,000 (the cap max-rounds has in a scenario file); got 1001", error);
    }

    [Theory]
    [InlineData("sweep", "--runs", "1000001")]
    [InlineData("sweep", "--parallel", "5000")]
    [InlineData("sweep", "--max-rounds", "100000")]
    [InlineData("tournament", "--repetitions", "2000000")]
    public async Task Experiment_counts_are_capped(string verb, string option, string value)
    {
        string[] args = verb == "sweep"
            ? ["sweep", CliHarness.Fixture("small.yaml"), "--runs", option == "--runs" ? value : "2", .. option == "--runs" ? Array.Empty<string>() : [option, value], "--out", _dir["out"]]
            : ["tournament", CliHarness.Fixture("small.yaml"), "--strategies", "boulware", option, value, "--out", _dir["out"]];
        var (exit, _, error) = await Bounded(args);
        Assert.Equal(2, exit);
        Assert.Contains($"error: {option} must be from 1 to", error);
        Assert.False(Directory.Exists(_dir["out"]));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    [InlineData("tournament")]
    [InlineData("fork")]
    public async Task An_out_that_is_a_file_is_refused_before_the_run(string verb)
    {
        File.WriteAllText(_dir["taken"], "keep me");
        var transcript = _dir["parent/transcript.jsonl"];
        if (verb == "fork") Assert.Equal(0, (await Bounded("run", CliHarness.Fixture("small.yaml"), "--out", _dir["parent"])).Exit);
        string[] args = verb switch
        {
            "run" => ["run", CliHarness.Fixture("small.yaml"), "--out", _dir["taken"]],
            "sweep" => ["sweep", CliHarness.Fixture("small.yaml"), "--runs", "3", "--out", _dir["taken"]],
            "tournament" => ["tournament", CliHarness.Fixture("small.yaml"), "--strategies", "boulware", "--out", _dir["taken"]],
            _ => ["fork", transcript, "--at-round", "1", "--out", _dir["taken"]],
        };

        var (exit, output, error) = await Bounded(args);

        Assert.Equal(2, exit);
        Assert.Contains($"error: --out {_dir["taken"]} is a file; give a folder for the output files", error);
        Assert.DoesNotContain("Pact", output); // nothing ran
        Assert.Equal("keep me", File.ReadAllText(_dir["taken"]));
    }

    [Fact]
    public async Task An_out_that_cannot_be_written_or_holds_other_files_is_refused_before_the_run()
    {
        var (exit, output, error) = await Bounded("run", CliHarness.Fixture("small.yaml"), "--out", "/proc/techpact-out");
        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("error: --out /proc/techpact-out cannot be written:", error);

        File.WriteAllText(_dir["notes.txt"], "mine");
        (exit, _, error) = await Bounded("run", CliHarness.Fixture("small.yaml"), "--out", _dir.Path);
        Assert.Equal(2, exit);
        Assert.Contains("holds files TechPact did not write (notes.txt)", error);
        Assert.Equal("mine", File.ReadAllText(_dir["notes.txt"]));
    }

    [Fact]
    public async Task A_second_run_into_the_same_folder_replaces_it_whole()
    {
        Assert.Equal(0, (await Bounded("sweep", CliHarness.Fixture("small.yaml"), "--runs", "3", "--out", _dir["out"])).Exit);
        Assert.True(File.Exists(_dir["out/sweep.json"]));

        var (exit, _, error) = await Bounded("run", CliHarness.Fixture("small.yaml"), "--out", _dir["out"]);

        Assert.True(exit == 0, error);
        Assert.Equal(["pact.md", "report.html", "result.json", "transcript.jsonl"],
            Directory.GetFiles(_dir["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName));
    }
}

/// <summary>Changes the process's current folder, so it runs alone (no other test of the
/// assembly resolves relative paths meanwhile).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentFolderCollection
{
    public const string Name = "current folder";
}

[Collection(CurrentFolderCollection.Name)]
public sealed class DefaultOutputFolderTests
{
    [Theory]
    [InlineData("sweep", "sweep-small-pact", "sweep.json")]
    [InlineData("tournament", "tournament-small-pact", "tournament.json")]
    public async Task Without_out_an_experiment_writes_a_named_folder_not_loose_files(string verb, string folder, string file)
    {
        using var dir = new TempDirectory();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = dir.Path;
        try
        {
            string[] args = verb == "sweep"
                ? ["sweep", CliHarness.Fixture("small.yaml"), "--runs", "3"]
                : ["tournament", CliHarness.Fixture("small.yaml"), "--strategies", "boulware,conceder"];
            var (exit, output, error) = await CliHarness.RunAsync(args);

            Assert.True(exit == 0, error);
            Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
            Assert.True(File.Exists(Path.Combine(dir.Path, folder, file)));
            Assert.Contains($"Wrote {Path.Combine(folder, file)}", output);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
