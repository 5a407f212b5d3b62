using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TechPact.Scenarios.Reports;

/// <summary>One outcome analysis per scenario state, shared by everything in the process that reports on
/// it — result.json, report.html's debrief, the live page — instead of each searching the space again (on
/// the 193-country table one search is seconds of work).</summary>
/// <remarks>
/// <para>Keyed by what the analysis reads, not by reference: the run's report and its debrief rebuild the
/// final table from the transcript as two different objects, and after an event every later live frame
/// sees the changed table. The key is a SHA-256 over the agenda's option counts and areas, each country's
/// id, weights, values, red lines, reservation and strengths, and the seed (which seeds the approximation).</para>
/// <para>The agreement is not part of the key: the space's analysis is computed once and the agreement is
/// placed in it per call (<see cref="OutcomeAnalyzer.Assess"/>), which gives exactly what
/// <c>OutcomeAnalyzer.Analyze(scenario, agreement)</c> gives. Callers of the same state at the same time wait
/// for one computation. The last <see cref="Capacity"/> states are kept.</para>
/// </remarks>
public sealed class AnalysisCache
{
    public const int Capacity = 8;

    private readonly ConcurrentDictionary<string, Lazy<OutcomeAnalysis>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>The process's cache.</summary>
    public static AnalysisCache Shared { get; } = new();

    private readonly ConcurrentDictionary<string, int> _computed = new(StringComparer.Ordinal);

    /// <summary>How many times this cache has searched <paramref name="scenario"/>'s space (not served it from
    /// memory): once, however many reports asked, unless it was evicted.</summary>
    public int TimesComputed(Scenario scenario) => _computed.GetValueOrDefault(Key(scenario));

    /// <summary>The analysis of <paramref name="scenario"/>'s outcome space, with <paramref name="agreement"/> assessed
    /// when given. <paramref name="progress"/> hears of the search only when this call is the one that makes it.</summary>
    public OutcomeAnalysis For(Scenario scenario, Package? agreement = null, Action<double>? progress = null)
    {
        var key = Key(scenario);
        var added = false;
        var entry = _entries.GetOrAdd(key, _ =>
        {
            added = true;
            return new Lazy<OutcomeAnalysis>(() =>
            {
                _computed.AddOrUpdate(key, 1, (_, n) => n + 1);
                return OutcomeAnalyzer.Analyze(scenario, progress: progress);
            }, LazyThreadSafetyMode.ExecutionAndPublication);
        });
        if (added) Remember(key);
        var analysis = entry.Value;
        return agreement is null ? analysis : OutcomeAnalyzer.Assess(scenario, analysis, agreement);
    }

    private void Remember(string key)
    {
        _order.Enqueue(key);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
            _computed.TryRemove(oldest, out _);
        }
    }

    /// <summary>The fingerprint of everything the analysis of a scenario reads.</summary>
    public static string Key(Scenario scenario)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new BinaryWriter(new MemoryStream());
        buffer.Write(scenario.Rules.Seed);
        buffer.Write(scenario.Issues.Length);
        foreach (var issue in scenario.Issues)
        {
            buffer.Write(issue.Options.Length);
            buffer.Write(issue.Areas.IsDefault ? -1 : issue.Areas.Length);
            if (!issue.Areas.IsDefault)
                foreach (var area in issue.Areas) buffer.Write(area);
        }
        buffer.Write(scenario.Countries.Length);
        foreach (var country in scenario.Countries)
        {
            buffer.Write(country.Id);
            buffer.Write(country.Reservation);
            foreach (var w in country.Weights) buffer.Write(w);
            foreach (var values in country.Values)
            {
                buffer.Write(values.Length);
                foreach (var v in values) buffer.Write(v);
            }
            foreach (var red in country.RedLines) buffer.Write(red.Bits);
            buffer.Write(country.Strengths.Count);
            foreach (var (area, strength) in country.Strengths)
            {
                buffer.Write(area);
                buffer.Write(strength);
            }
        }
        buffer.Flush();
        var stream = (MemoryStream)buffer.BaseStream;
        hash.AppendData(stream.GetBuffer(), 0, (int)stream.Length);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
