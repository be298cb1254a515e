namespace Sourcewise.Reports.Decisions;

/// <summary>A quoted passage and where it is.</summary>
/// <param name="Text">The quoted text.</param>
/// <param name="Page">The page (PDF/DOCX), or <c>null</c>.</param>
/// <param name="Line">The line.</param>
public sealed record DecisionEvidence(string Text, int? Page, int Line);
