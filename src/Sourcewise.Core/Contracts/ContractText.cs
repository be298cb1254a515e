using System.Collections.Immutable;

namespace Sourcewise.Contracts;

/// <summary>The text of one contract, proposal or SOW as read from its file, line by line with positions.</summary>
/// <remarks>Immutable. Produced by the readers in <c>Sourcewise.Documents</c>; consumed by the signal detector.</remarks>
/// <param name="Source">The path or name the text came from.</param>
/// <param name="Format">The format read: <c>text</c>, <c>markdown</c>, <c>html</c>, <c>docx</c> or <c>pdf</c>.</param>
/// <param name="Lines">All lines in reading order.</param>
/// <param name="PageCount">Number of pages for paged formats, otherwise <c>null</c>.</param>
public sealed record ContractText(string Source, string Format, ImmutableArray<ContractLine> Lines, int? PageCount = null)
{
    /// <summary>Total characters of text (for throughput figures).</summary>
    public long CharacterCount
    {
        get
        {
            // A plain loop: LINQ over a large document's lines showed up in profiles, and it is asked twice a check.
            long count = 0;
            foreach (var line in Lines)
            {
                count += line.Text.Length;
            }

            return count;
        }
    }
}
