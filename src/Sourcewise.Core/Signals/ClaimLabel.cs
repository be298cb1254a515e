namespace Sourcewise.Signals;

/// <summary>A label phrase a document may use for itself ("Managed Services Agreement") and the model it claims.</summary>
/// <param name="Phrase">The phrase, lower case.</param>
/// <param name="Model">The model the phrase claims.</param>
public sealed record ClaimLabel(string Phrase, EngagementModel Model);
