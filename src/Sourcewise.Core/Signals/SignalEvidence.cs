namespace Sourcewise.Signals;

/// <summary>Where a signal was found: the document's own sentence and its position.</summary>
/// <param name="Text">The sentence exactly as the document has it (lines joined), or a questionnaire answer.</param>
/// <param name="Page">The page, when the format has pages.</param>
/// <param name="Line">The line (or paragraph) where the sentence starts.</param>
/// <param name="Why">Why the sentence carries the signal: the frame it matched, in plain words (null for a
/// questionnaire answer).</param>
public sealed record SignalEvidence(string Text, int? Page, int Line, string? Why = null);
