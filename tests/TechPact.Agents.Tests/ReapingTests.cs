using TechPact.Agents.Messages;
using TechPact.Agents.Tests.Fixtures;
using TechPact.Grains.Seats;

namespace TechPact.Agents.Tests;

/// <summary>Agent programs never outlive their silo: whatever is still running when the silo's
/// <see cref="AgentProcesses"/> goes away is killed with its process tree; a stopped one gets its goodbye.</summary>
public sealed class ReapingTests
{
    [Fact]
    public async Task A_silo_stopping_kills_every_agent_still_running_children_included()
    {
        var marker = $"techpact-reap-{Guid.NewGuid():N}";
        // A program that starts a child of its own and then hangs: both must go.
        var script = $"import subprocess, time; subprocess.Popen(['python3', '-c', 'import time; time.sleep(600)', '{marker}-child']); time.sleep(600)";
        var processes = new AgentProcesses(Path.GetTempPath());
        processes.Start(["python3", "-c", script, marker], _ => Task.CompletedTask, (_, _) => Task.CompletedTask);
        await WaitUntil(() => Processes.With(marker).Count == 2);

        await processes.DisposeAsync();

        await WaitUntil(() => Processes.With(marker).Count == 0);
        Assert.Equal(0, processes.Running);
    }

    [Fact]
    public async Task A_stopped_agent_is_told_the_summit_ended_and_its_input_closes()
    {
        using var dir = new TempDirectory();
        var log = dir["said.txt"];
        var script = $"import sys; open(r'{log}', 'w').write(sys.stdin.read())";
        var processes = new AgentProcesses(dir.Path);
        var agent = processes.Start(["python3", "-c", script], _ => Task.CompletedTask, (_, _) => Task.CompletedTask);
        await processes.StopAsync(agent, new EndMessage("agreement", 3, new Dictionary<string, string?>(), 0.5, 0.4), TimeSpan.FromSeconds(10));
        Assert.Contains("\"type\":\"end\"", await File.ReadAllTextAsync(log));
        Assert.Equal(0, processes.Running);
    }

    [Fact]
    public void A_silo_that_starts_no_programs_refuses_with_the_reason_and_runs_nothing()
    {
        var processes = AgentProcesses.Refusing();
        var refused = Assert.Throws<AgentStartException>(() =>
            processes.Start(["python3", "-c", "pass"], _ => Task.CompletedTask, (_, _) => Task.CompletedTask));
        Assert.Contains("does not start agent programs", refused.Message);
        Assert.Equal(0, processes.Running);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition());
    }
}
