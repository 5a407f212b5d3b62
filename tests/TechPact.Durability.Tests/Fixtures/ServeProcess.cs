using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace TechPact.Durability.Tests.Fixtures;

/// <summary>A real `techpact serve --redis` process on a free port, stopped by its own process id:
/// killed (a crash) or sent SIGTERM (an operator's stop).</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri web)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = web, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    /// <summary>HOST:PORT of this server's Orleans gateway, as it printed it.</summary>
    public string Gateway { get; private init; } = "";

    public bool HasExited => _process.HasExited;

    /// <param name="options">More `serve` options; a --urls among them replaces the free loopback port.</param>
    public static async Task<ServeProcess> StartAsync(string redis, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repo.Root,
        };
        string[] urls = options.Contains("--urls") ? [] : ["--urls", "http://127.0.0.1:0"];
        foreach (var arg in new[] { Repo.TechpactDll, "serve", "--redis", redis, "--scenarios", Repo.Scenarios }.Concat(urls).Concat(options))
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) errors.Enqueue(line); };
        process.BeginErrorReadLine();
        Uri? web = null;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            while (web is null && await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
                if (line.StartsWith("live page:", StringComparison.Ordinal)) web = new Uri(line["live page:".Length..].Trim());
        }
        catch (OperationCanceledException) { }
        if (web is null)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("`techpact serve --redis` did not print its address within 90 s. Its stderr:\n" +
                string.Join('\n', errors.Where(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).TakeLast(40)));
        }
        var gateway = "";
        while (gateway.Length == 0 && await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            if (line.StartsWith("gateway:", StringComparison.Ordinal)) gateway = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        _ = process.StandardOutput.ReadToEndAsync();
        return new ServeProcess(process, web) { Gateway = gateway };
    }

    /// <returns>The new summit's id.</returns>
    public async Task<string> StartSummitAsync(long seed, int paceMs)
    {
        using var response = await Http.PostAsJsonAsync("/api/summits", new { scenario = "us-japan-korea", seed, paceMs });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("summitId").GetString()!;
    }

    /// <returns>The summit's (round, status), or null while this server doesn't know it.</returns>
    public async Task<(int Round, string Status)?> StateAsync(string summitId)
    {
        try
        {
            using var response = await Http.GetAsync($"/api/summits/{summitId}");
            if (!response.IsSuccessStatusCode) return null;
            var state = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return (state.GetProperty("round").GetInt32(), state.GetProperty("status").GetString()!);
        }
        catch (HttpRequestException) { return null; }
        catch (TaskCanceledException) { return null; }
    }

    /// <summary>Polls until <paramref name="done"/> holds for the summit's state, or fails after <paramref name="limit"/>.</summary>
    public async Task<(int Round, string Status)> WaitForAsync(string summitId, Func<(int Round, string Status), bool> done, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        (int, string)? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (await StateAsync(summitId) is { } state && (last = state) is not null && done(state)) return state;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Summit {summitId} did not get there within {limit.TotalSeconds:0} s; last seen: {last?.ToString() ?? "unknown"}.");
    }

    public Task<string> TranscriptAsync(string summitId) => Http.GetStringAsync($"/api/summits/{summitId}/transcript");

    /// <summary>A crash: SIGKILL, no shutdown.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>An operator's stop: SIGTERM, the silo leaves the cluster in order.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])!;
            await kill.WaitForExitAsync();
        }
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException) { await KillAsync(); }
    }

    /// <summary>Stops in order, so the next test's servers don't wait for this one's entry to go stale.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        Http.Dispose();
    }
}
