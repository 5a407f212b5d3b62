using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using TechPact.Host.Silo;

namespace TechPact.Durability.Tests.Fixtures;

/// <summary>A redis-server of the tests' own: a free loopback port, a throwaway folder, the
/// append-only file on and snapshots off (as docs/deploy.md advises), stopped by its process id.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string Missing = "redis-server is not installed (Debian: apt-get install redis-server; .ci/test.sh installs it).";

    private Process? _process;
    private string? _folder;

    /// <summary>HOST:PORT, as `--redis` takes it.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The redis-server on PATH, or null.</summary>
    public static string? Executable { get; } = Locate();

    public async Task InitializeAsync()
    {
        if (Executable is null) throw new InvalidOperationException(Missing);
        var port = FreePorts.Take(1)[0];
        _folder = Directory.CreateTempSubdirectory("techpact-redis-").FullName;
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _folder,
        };
        foreach (var arg in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--dir", _folder, "--save", "", "--appendonly", "yes" })
            info.ArgumentList.Add(arg);
        _process = Process.Start(info)!;
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        Endpoint = $"127.0.0.1:{port}";
        await WaitForPongAsync(port);
    }

    private async Task WaitForPongAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                var stream = client.GetStream();
                await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal)) return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process!.HasExited) { }
            if (_process!.HasExited) throw new InvalidOperationException($"redis-server exited at start (code {_process.ExitCode}).");
            if (DateTime.UtcNow >= deadline) throw new TimeoutException("redis-server did not answer PING within 20 s.");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (_folder is not null) try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .Concat(["/usr/bin/redis-server", "/usr/sbin/redis-server"])
            .FirstOrDefault(File.Exists);
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}

/// <summary>A fact that needs a real redis-server. Without one it skips, saying why — except in CI
/// (CI=true), where it runs and fails with <see cref="RedisServer.Missing"/>: a fault test that
/// silently skips there proves nothing. xunit 2 decides skips at discovery, hence an attribute.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (RedisServer.Executable is null && !ci) Skip = RedisServer.Missing;
    }
}
