namespace Sourcewise.Contracts;

/// <summary>One line of a document's text as a reader produced it, with where it sits in the original.</summary>
/// <param name="Page">1-based page for paged formats (PDF, DOCX with page breaks), otherwise <c>null</c>.</param>
/// <param name="Line">1-based line: within the page for paged formats, within the document otherwise.</param>
/// <param name="Text">The repaired text of the line (hyphenation and spacing artefacts mended).</param>
/// <param name="Kind">Whether the line is a heading, a numbered clause start, a table row, or body text.</param>
public sealed record ContractLine(int? Page, int Line, string Text, ContractLineKind Kind = ContractLineKind.Body);
