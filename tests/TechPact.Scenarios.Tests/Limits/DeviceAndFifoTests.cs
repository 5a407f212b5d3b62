using System.Diagnostics;
using TechPact.Scenarios.Genius;
using TechPact.Scenarios.Limits;
using TechPact.Scenarios.Loading;
using TechPact.Scenarios.Transcripts;

namespace TechPact.Scenarios.Tests.Limits;

/// <summary>Files that are not files: /dev/zero and /dev/urandom report a length of 0 and never
/// end; a FIFO with no writer blocks whoever opens it. Each is refused, by the bytes actually
/// read or by the read deadline, instead of eating memory or hanging (before, /dev/zero read
/// until the process ran out of memory and a FIFO hung forever).</summary>
public sealed class DeviceAndFifoTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("techpact-fifo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A hang fails the test instead of stopping the run: generous, since a loaded
    /// machine is slow, and far short of forever.</summary>
    private static async Task<T> Bounded<T>(Func<T> read)
    {
        var task = Task.Run(read);
        Assert.True(await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(60))) == task, "the read did not return within 60 s");
        return await task;
    }

    private string Fifo()
    {
        var path = Path.Combine(_folder, $"fifo-{Guid.NewGuid():N}.yaml");
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public static TheoryData<string> Devices() => new("/dev/zero", "/dev/urandom");

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_device_as_a_scenario_is_refused_after_the_size_limit(string device)
    {
        var error = Assert.Single((await Bounded(() => ScenarioLoader.LoadFile(device))).Diagnostics);
        Assert.Equal($"{device}: error: reading stopped after 4 MiB without reaching the end (a device such as /dev/zero?); scenario files are limited to 4 MiB",
            error.ToString());
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_device_as_a_GENIUS_file_is_refused_after_the_size_limit(string device)
    {
        var result = await Bounded(() => GeniusImporter.Import(device, [device, device]));
        Assert.Null(result.Scenario);
        Assert.All(result.Diagnostics, d => Assert.Contains("GENIUS files are limited to 4 MiB", d.Message));
    }

    [Fact]
    public async Task Zero_bytes_as_a_transcript_are_refused_after_the_size_limit()
    {
        var error = await Bounded(() => Assert.Throws<TranscriptFormatException>(() => TranscriptReader.ReadFile("/dev/zero")));
        Assert.Contains("transcripts are limited to 64 MiB", error.Message);
    }

    [Fact]
    public async Task A_fifo_with_no_writer_is_refused_at_the_read_deadline_as_a_scenario_a_GENIUS_file_and_a_transcript()
    {
        var scenario = Fifo();
        var stopwatch = Stopwatch.StartNew();
        var error = Assert.Single((await Bounded(() => ScenarioLoader.LoadFile(scenario))).Diagnostics);
        var waited = stopwatch.Elapsed;
        Assert.Contains("no end of data within 5 s: is it a pipe with no writer, or a device?", error.Message);
        Assert.True(waited >= InputLimits.MaxReadWait - TimeSpan.FromMilliseconds(100), $"refused after {waited}, before the deadline");

        var genius = await Bounded(() => GeniusImporter.Import(Fifo(), [TestFiles.Fixture("../Genius/Fixtures/tiny/tiny_alice.xml")]));
        Assert.Contains(genius.Diagnostics, d => d.Message.Contains("no end of data"));
        var transcript = await Bounded(() => Assert.Throws<TranscriptFormatException>(() => TranscriptReader.ReadFile(Fifo())));
        Assert.Contains("no end of data", transcript.Message);
    }

    [Fact]
    public async Task A_fifo_whose_writer_sends_a_scenario_is_read()
    {
        var path = Fifo();
        var text = File.ReadAllText(TestFiles.ValidScenarioPath);
        var writer = Task.Run(() => File.WriteAllText(path, text));

        var result = await Bounded(() => ScenarioLoader.LoadFile(path));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
