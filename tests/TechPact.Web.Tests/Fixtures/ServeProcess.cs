using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TechPact.Web.Tests.Fixtures;

/// <summary>`techpact serve` as a separate process, on a free port; its printed addresses parsed.</summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri web, string gateway) => (_process, Web, Gateway) = (process, web, gateway);

    public Uri Web { get; }
    public string Gateway { get; }

    public static async Task<ServeProcess> StartAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in new[] { Repo.TechpactDll, "serve", "--urls", "http://127.0.0.1:0", "--scenarios", Repo.Scenarios }) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();
        Uri? web = null;
        string? gateway = null;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((web is null || gateway is null) && await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.StartsWith("live page:", StringComparison.Ordinal)) web = new Uri(line["live page:".Length..].Trim());
            if (GatewayLine().Match(line) is { Success: true } m) gateway = m.Groups[1].Value;
        }
        if (web is null || gateway is null)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("`techpact serve` did not print its addresses.");
        }
        _ = process.StandardOutput.ReadToEndAsync();
        return new ServeProcess(process, web, gateway);
    }

    [GeneratedRegex(@"^gateway:\s+(\S+)")]
    private static partial Regex GatewayLine();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
