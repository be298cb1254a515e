using System.Text;
using Sourcewise.Comparison;

namespace Sourcewise.Reports.Markdown;

/// <summary>Renders the model comparison as a Markdown table (used by <c>sourcewise models</c> and decision documents).</summary>
/// <remarks>Thread-safe.</remarks>
public static class ModelComparisonMarkdown
{
    /// <summary>Returns the comparison as Markdown.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="headingLevel">The heading level of the title (1 to 5).</param>
    public static string Render(ModelComparison comparison, int headingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentOutOfRangeException.ThrowIfLessThan(headingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 5);
        var sb = new StringBuilder();
        sb.Append('#', headingLevel).Append(" The three engagement models\n\n");
        sb.Append("| | ").AppendJoin(" | ", comparison.Models.Select(m => m.Name)).Append(" |\n");
        sb.Append("|---|---|---|---|\n");
        sb.Append("| **Who directs the work** | ").AppendJoin(" | ", comparison.Models.Select(m => MarkdownText.Cell(m.Directs))).Append(" |\n");
        sb.Append("| **Who owns the outcome** | ").AppendJoin(" | ", comparison.Models.Select(m => MarkdownText.Cell(m.Owns))).Append(" |\n");
        sb.Append("| **What you pay for** | ").AppendJoin(" | ", comparison.Models.Select(m => MarkdownText.Cell(m.PayFor))).Append(" |\n");
        foreach (var dimension in comparison.Dimensions)
        {
            sb.Append("| **").Append(MarkdownText.Cell(dimension.Name)).Append("** | ")
                .AppendJoin(" | ", dimension.Values.Select(MarkdownText.Cell)).Append(" |\n");
        }

        sb.Append('\n').Append(comparison.ReadingAcross).Append('\n');
        return sb.ToString();
    }
}
