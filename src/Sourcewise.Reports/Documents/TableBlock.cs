using System.Collections.Immutable;

namespace Sourcewise.Reports.Documents;

/// <summary>A table with one header row. Every row has as many cells as the header.</summary>
/// <param name="Header">The column titles.</param>
/// <param name="Rows">The body rows.</param>
/// <param name="ColumnWeights">Relative column widths for fixed-width formats (DOCX, PDF); empty = equal.</param>
/// <param name="Caption">A short description of the table (the HTML caption, the accessible name).</param>
/// <param name="FirstColumnIsHeader">Whether the first cell of each row labels the row.</param>
/// <param name="NumericColumns">Indexes of right-aligned (numeric) columns.</param>
public sealed record TableBlock(
    ImmutableArray<string> Header,
    ImmutableArray<ImmutableArray<RichText>> Rows,
    ImmutableArray<double> ColumnWeights = default,
    string? Caption = null,
    bool FirstColumnIsHeader = false,
    ImmutableArray<int> NumericColumns = default) : ReportBlock
{
    /// <summary>Whether column <paramref name="index"/> is numeric (right-aligned).</summary>
    public bool IsNumeric(int index) => !NumericColumns.IsDefault && NumericColumns.Contains(index);

    /// <summary>The relative widths, normalised to sum to 1.</summary>
    public double[] NormalisedWeights()
    {
        var n = Header.Length;
        var weights = ColumnWeights.IsDefaultOrEmpty || ColumnWeights.Length != n
            ? Enumerable.Repeat(1.0, n).ToArray()
            : [.. ColumnWeights];
        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }
}
