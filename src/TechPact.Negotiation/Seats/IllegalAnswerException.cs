namespace TechPact.Negotiation.Seats;

/// <summary>A seat's answer breaks a rule of the table; the message says which, in words a
/// student (or an agent's author) understands, naming the issue and option.</summary>
public sealed class IllegalAnswerException(string message) : Exception(message);
