using TechPact.Scenarios.Limits;
using System.Diagnostics;
using System.Text;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Tests;

/// <summary>Inputs built to hurt a parser. Each must come back as a clear error, quickly, without
/// an exception and without allocating in proportion to what the input pretends to hold.</summary>
public class HostileInputTests
{
    private const long MiB = 1024 * 1024;
    /// <summary>The issue's promise: a clear error within a second. Measured as this thread's CPU
    /// time, not wall time, so a busy CI machine running other test assemblies can't fail it.</summary>
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(1);

    /// <param name="maxAllocated">Small by default: refusing input should cost next to nothing.
    /// Inputs that must be parsed to be judged get a bound in proportion to the node limit.</param>
    private static ScenarioLoadResult LoadBounded(Func<ScenarioLoadResult> load, long maxAllocated = 2 * MiB)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuTime.Now();
        var result = load();
        var cpu = ThreadCpuTime.Now() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(cpu < MaxDuration, $"took {cpu} of CPU");
        Assert.True(allocated < maxAllocated, $"allocated {allocated:N0} bytes");
        Assert.Null(result.Scenario);
        Assert.True(result.HasErrors);
        return result;
    }

    private static Diagnostic SingleError(ScenarioLoadResult result) =>
        Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void A_five_MiB_string_is_refused_before_parsing()
    {
        var huge = new string('#', 5 * 1024 * 1024);
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadText(huge, "huge.yaml")));
        Assert.Equal("the file is 5.0 MiB; scenario files are limited to 4 MiB", error.Message);
        Assert.True(error.IsWholeFile);
    }

    [Fact]
    public void A_five_MiB_file_is_refused_without_being_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"techpact-huge-{Guid.NewGuid():N}.yaml");
        using (var file = File.Create(path)) file.SetLength(5 * 1024 * 1024);
        try
        {
            var result = LoadBounded(() => ScenarioLoader.LoadFile(path));
            Assert.Equal("the file is 5.0 MiB; scenario files are limited to 4 MiB", SingleError(result).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_by_the_expansion_budget()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 10))}]\n");
        }

        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadText(yaml.ToString(), "laughs.yaml")));

        Assert.StartsWith("aliases expand to more than 100000 nodes", error.Message);
        Assert.Equal(5, error.Line); // where the running total first passes the budget
    }

    [Fact]
    public void Ten_thousand_nested_flow_lists_stop_at_the_depth_limit()
    {
        var yaml = new string('[', 10_000) + new string(']', 10_000);
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadText(yaml, "deep.yaml")));
        Assert.Equal("nesting deeper than 64 levels; a scenario needs about six", error.Message);
        Assert.Equal((1, 65), (error.Line, error.Column));
    }

    [Fact]
    public void Ten_thousand_nested_block_lists_stop_at_the_depth_limit()
    {
        var yaml = string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadText(yaml, "deep.yaml")));
        Assert.StartsWith("nesting deeper than 64 levels", error.Message);
    }

    [Fact]
    public void Random_binary_bytes_get_a_located_error()
    {
        var bytes = new byte[64 * 1024];
        new Random(20250101).NextBytes(bytes);
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadUtf8(bytes, "noise.bin")));
        Assert.True(error.Line >= 1 && error.Column >= 1);
        Assert.Matches("^(invalid UTF-8 byte 0x[0-9A-F]{2}|NUL character|control character)", error.Message);
    }

    [Fact]
    public void A_NUL_byte_is_reported_where_it_sits()
    {
        var bytes = Encoding.UTF8.GetBytes("id: x\ntitle: a\0b\n");
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadUtf8(bytes, "nul.yaml")));
        Assert.Equal("2:9 NUL character (U+0000): this looks like a binary file; a scenario must be UTF-8 text",
            $"{error.Line}:{error.Column} {error.Message}");
    }

    [Fact]
    public void Invalid_UTF8_is_reported_at_the_first_bad_byte()
    {
        byte[] bytes = [.. "id: x\ntitle: caf"u8, 0xC3, (byte)'(', (byte)'\n'];
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadUtf8(bytes, "latin.yaml")));
        Assert.Equal("2:11 invalid UTF-8 byte 0xC3; a scenario must be UTF-8 text", $"{error.Line}:{error.Column} {error.Message}");
    }

    [Fact]
    public void Invalid_UTF8_on_disk_is_reported_by_LoadFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"techpact-latin1-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [.. "title: Z"u8, 0xFC, (byte)'r', (byte)'i', (byte)'c', (byte)'h']);
        try
        {
            var error = SingleError(LoadBounded(() => ScenarioLoader.LoadFile(path)));
            Assert.Equal("1:9 invalid UTF-8 byte 0xFC; a scenario must be UTF-8 text", $"{error.Line}:{error.Column} {error.Message}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UTF16_text_is_named_as_such()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id: x\n")).ToArray();
        Assert.Equal("the file is UTF-16 encoded; save it as UTF-8", SingleError(LoadBounded(() => ScenarioLoader.LoadUtf8(bytes, "wide.yaml"))).Message);
    }

    [Fact]
    public void An_unclosed_flow_list_is_a_syntax_error_not_a_crash()
    {
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadText("a: [1, 2\nb: 3\n", "open.yaml")));
        Assert.StartsWith("YAML syntax error", error.Message);
    }

    [Fact]
    public void A_file_of_ten_thousand_unknown_keys_is_capped_in_its_report()
    {
        var yaml = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"key{i}: {i}\n"));
        var result = LoadBounded(() => ScenarioLoader.LoadText(yaml, "keys.yaml"), maxAllocated: 32 * MiB);
        Assert.Equal(InputLimits.MaxDiagnostics + 1, result.Diagnostics.Count);
        Assert.StartsWith("stopped after 100 problems", result.Diagnostics[^1].Message);
    }

    [Fact]
    public void Four_MiB_of_tiny_nodes_stops_at_the_node_limit()
    {
        var yaml = "[" + string.Join(",", Enumerable.Repeat("0", 2_000_000)) + "]";
        var error = SingleError(LoadBounded(() => ScenarioLoader.LoadText(yaml, "zeros.yaml"), maxAllocated: 96 * MiB));
        Assert.Equal("more than 100000 YAML nodes; far larger than any scenario", error.Message);
    }
}
