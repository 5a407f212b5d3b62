namespace TechPact.Negotiation.Classroom;

/// <summary>A student's submission breaks a rule of the table; the message says which, in
/// words a student understands.</summary>
public sealed class InvalidSubmissionException(string message) : Exception(message);
