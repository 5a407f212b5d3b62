namespace TechPact.Host.Cli;

/// <summary>Where a command writes: passed in rather than taken from <see cref="Console"/> so the
/// CLI runs in-process under tests.</summary>
/// <param name="IsConsole">True when Out is the real terminal, so live rendering and colour may be used.</param>
public sealed record CliStreams(TextWriter Out, TextWriter Error, bool IsConsole);
