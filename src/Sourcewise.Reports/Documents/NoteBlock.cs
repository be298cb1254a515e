namespace Sourcewise.Reports.Documents;

/// <summary>A highlighted paragraph (a close call, a warning) that the reader should not miss.</summary>
/// <param name="Label">A short label shown in bold before the text, e.g. "Close call".</param>
/// <param name="Text">The note.</param>
/// <param name="Kind">How strongly to highlight it.</param>
public sealed record NoteBlock(string Label, RichText Text, NoteKind Kind = NoteKind.Info) : ReportBlock;
