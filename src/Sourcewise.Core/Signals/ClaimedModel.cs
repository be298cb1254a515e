namespace Sourcewise.Signals;

/// <summary>The model a document claims to be, and where the claim came from.</summary>
/// <param name="Model">The claimed model.</param>
/// <param name="Source">Document, option or questionnaire.</param>
/// <param name="Phrase">The label phrase found in the document, if any.</param>
/// <param name="Evidence">The sentence that carries the label, if read from the document.</param>
public sealed record ClaimedModel(EngagementModel Model, ClaimSource Source, string? Phrase = null,
    SignalEvidence? Evidence = null);
