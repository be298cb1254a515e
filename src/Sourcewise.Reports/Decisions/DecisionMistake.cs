namespace Sourcewise.Reports.Decisions;

/// <summary>A model-selection mistake that applies.</summary>
/// <param name="Id">The mistake id from the public interface.</param>
/// <param name="Severity"><c>warning</c> or <c>error</c>.</param>
/// <param name="Message">What is wrong, for this workstream.</param>
/// <param name="Why">Why it matters, or <c>null</c>.</param>
public sealed record DecisionMistake(string Id, string Severity, string Message, string? Why = null);
