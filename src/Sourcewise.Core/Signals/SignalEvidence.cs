namespace Sourcewise.Signals;

/// <summary>Where a signal was found: the document's own sentence and its position.</summary>
/// <param name="Text">The sentence exactly as the document has it (lines joined), or a questionnaire answer.</param>
/// <param name="Page">The page, when the format has pages.</param>
/// <param name="Line">The line (or paragraph) where the sentence starts.</param>
public sealed record SignalEvidence(string Text, int? Page, int Line);
