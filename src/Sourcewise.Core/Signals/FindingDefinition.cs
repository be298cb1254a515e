namespace Sourcewise.Signals;

/// <summary>One finding from the catalogue: its id, default severity, title and what to ask the vendor.</summary>
/// <param name="Id">The public id, e.g. <c>missing-exit-plan</c>.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Title">A short title.</param>
/// <param name="Ask">What to ask the vendor to change.</param>
public sealed record FindingDefinition(string Id, FindingSeverity Severity, string Title, string Ask);
