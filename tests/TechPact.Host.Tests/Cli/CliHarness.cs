using TechPact.Host.Cli;

namespace TechPact.Host.Tests.Cli;

/// <summary>Runs `techpact` in-process and captures what it prints.</summary>
public static class CliHarness
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TechPactCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

/// <summary>A fresh directory under the temp folder, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("techpact-test-").FullName;

    public string this[string name] => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
