using System.Diagnostics;
using StackExchange.Redis;
using TechPact.Host.Silo;

namespace TechPact.Benchmarks;

/// <summary>A throwaway redis-server for the durable suite: a free loopback port, a temporary folder,
/// append-only file on and snapshots off (as docs/deploy.md runs it); killed by its own process id.</summary>
public sealed class LocalRedis : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private LocalRedis(Process process, string folder, string endpoint) => (_process, _folder, Endpoint) = (process, folder, endpoint);

    public string Endpoint { get; }

    public static string? Executable { get; } =
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server", "/usr/sbin/redis-server" }.FirstOrDefault(File.Exists);

    public static async Task<LocalRedis> StartAsync()
    {
        var port = FreePorts.Take(1)[0];
        var folder = Directory.CreateTempSubdirectory("techpact-bench-redis-").FullName;
        var info = new ProcessStartInfo(Executable!) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (var arg in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "yes" })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var redis = new LocalRedis(process, folder, $"127.0.0.1:{port}");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
                await connection.GetDatabase().PingAsync();
                return redis;
            }
            catch (RedisConnectionException) when (attempt < 50 && !process.HasExited) { await Task.Delay(100); }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
