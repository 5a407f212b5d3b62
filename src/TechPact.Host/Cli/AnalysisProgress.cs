using System.Diagnostics;
using System.Numerics;

namespace TechPact.Host.Cli;

/// <summary>The outcome analysis's progress on the terminal, once the user has waited for it more than
/// <see cref="ShowAfter"/>: one line on stderr, rewritten in place, then how long it took. Nothing when stderr
/// is not a terminal (a pipe, a file, a test), so logs and `--json` output stay clean.</summary>
/// <remarks>The analysis may have started earlier, in the background (<see cref="ScenarioRun"/>): nothing is
/// drawn until <see cref="Waiting"/> says the user is now waiting for it.</remarks>
public sealed class AnalysisProgress
{
    public static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);

    private readonly TextWriter? _terminal;
    private readonly string _what;
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private int _shown = -1;

    public AnalysisProgress(CliStreams streams, Scenario scenario)
    {
        _terminal = ReferenceEquals(streams.Error, Console.Error) && !Console.IsErrorRedirected ? streams.Error : null;
        var outcomes = scenario.Issues.Aggregate(BigInteger.One, (n, issue) => n * Math.Max(1, issue.Options.Length));
        _what = $"Analysing the outcome space ({scenario.Countries.Length} countries, {outcomes:N0} outcomes)";
    }

    /// <summary>From now on the user waits for the analysis: after <see cref="ShowAfter"/> its progress shows.</summary>
    public void Waiting() => _clock.Restart();

    /// <summary>Takes the share done, 0..1, from the analysis (on any thread).</summary>
    public void Report(double fraction)
    {
        if (_terminal is null || !_clock.IsRunning || _clock.Elapsed < ShowAfter) return;
        var percent = (int)Math.Clamp(fraction * 100, 0, 100);
        lock (_gate)
        {
            if (percent == _shown) return;
            _shown = percent;
            _terminal.Write($"\r{_what}: {percent,3} %");
            _terminal.Flush();
        }
    }

    /// <summary>Ends the line, if one was shown.</summary>
    public void Done()
    {
        lock (_gate)
        {
            if (_terminal is null || _shown < 0) return;
            _terminal.WriteLine($"\r{_what}: done in {_clock.Elapsed.TotalSeconds:0.0} s");
            _shown = -1;
        }
    }
}
