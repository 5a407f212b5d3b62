namespace TechPact.Negotiation.Summits;

public enum SummitStatus
{
    Running,
    /// <summary>Every issue converged and the package clears every reservation.</summary>
    Agreement,
    /// <summary>The deadline passed with some issues converged: those are the pact.</summary>
    Partial,
    /// <summary>The deadline passed with nothing agreed.</summary>
    NoAgreement,
}
