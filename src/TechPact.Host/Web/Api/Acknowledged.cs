namespace TechPact.Host.Web.Api;

/// <summary>{"ok": true}: the request did what it asked and has nothing more to say.</summary>
public sealed record Acknowledged(bool Ok)
{
    public static readonly Acknowledged Done = new(true);
}
