namespace Sourcewise.Contracts;

/// <summary>One sentence or clause of a contract, which may span several lines (and pages), with where it starts
/// and ends.</summary>
/// <param name="Page">Page of the first line, or <c>null</c> for unpaged formats.</param>
/// <param name="Line">Line (1-based, as in <see cref="ContractLine.Line"/>) where the sentence starts.</param>
/// <param name="Text">The sentence as the document has it: line breaks become single spaces, and a word hyphenated
/// across a line break is joined again ("manage-" + "ment" → "management").</param>
/// <param name="Kind">The kind of the line the sentence starts on; <see cref="ContractLineKind.Clause"/> only for
/// the first sentence of a numbered clause.</param>
/// <param name="EndPage">Page of the last line, or <c>null</c> for unpaged formats.</param>
/// <param name="EndLine">Line where the sentence ends.</param>
public sealed record ContractSentence(int? Page, int Line, string Text, ContractLineKind Kind, int? EndPage, int EndLine)
{
    /// <summary>Formats the start as <c>p. 3, line 12</c> or <c>line 12</c>.</summary>
    public string Position => Page is { } page ? $"p. {page}, line {Line}" : $"line {Line}";
}
