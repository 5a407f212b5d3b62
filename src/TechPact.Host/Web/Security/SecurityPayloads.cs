namespace TechPact.Host.Web.Security;

/// <summary>POST /api/login's answer: whether this server asks for the instructor's password at all.</summary>
public sealed record LoginAnswer(bool Ok, bool Required);
