namespace TechPact.Scenarios.Tests.Genius;

/// <summary>Finds the shared GENIUS sample domains: <c>../shared/genius</c> next to the repository
/// (the folder holding TechPactOrleans.sln). A git worktree sits a level deeper than the main
/// checkout, so the same relative path is tried from each ancestor of the repository too.</summary>
internal static class SharedGenius
{
    public static readonly string? Folder = Locate();

    public static string Domain(string name) => Path.Combine(Folder!, name);

    private static string? Locate()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "TechPactOrleans.sln"))) repo = repo.Parent;
        for (var dir = repo; dir?.Parent is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.Parent.FullName, "shared", "genius");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that skips, saying why, when the shared GENIUS domains are not on this machine
/// (xunit 2 decides skips when tests are discovered, so the check happens here).</summary>
public sealed class FactRequiringSharedGeniusAttribute : FactAttribute
{
    public FactRequiringSharedGeniusAttribute()
    {
        if (SharedGenius.Folder is null)
            Skip = "The shared GENIUS domains (../shared/genius beside the repository) are not present on this machine.";
    }
}

/// <summary>The theory counterpart of <see cref="FactRequiringSharedGeniusAttribute"/>.</summary>
public sealed class TheoryRequiringSharedGeniusAttribute : TheoryAttribute
{
    public TheoryRequiringSharedGeniusAttribute()
    {
        if (SharedGenius.Folder is null)
            Skip = "The shared GENIUS domains (../shared/genius beside the repository) are not present on this machine.";
    }
}
