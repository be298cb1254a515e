using System.Globalization;
using System.Text;
using Sourcewise.Portfolio;

namespace Sourcewise.Reports.Portfolio;

/// <summary>The Markdown output of a portfolio: a table of every workstream (streamed row by row), then the summary
/// by model and the portfolio findings.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PortfolioMarkdown
{
    /// <summary>The title and the table header.</summary>
    public static string Start(string source) =>
        $"# Portfolio: {Escape(source)}\n\n" +
        "| Row | Workstream | Recommendation | Runner-up | Margin | Mistakes |\n" +
        "|---:|---|---|---|---:|---|\n";

    /// <summary>Appends one table row.</summary>
    public static void AppendRow(StringBuilder sb, PortfolioRowFacts row)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(row);
        sb.Append("| ").Append(row.Row.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(Escape(row.Name))
            .Append(" | ").Append(row.Recommendation == PortfolioAggregator.CloseCallId
                ? $"close call (leans {row.BestFit})"
                : row.Recommendation)
            .Append(" | ").Append(row.RunnerUp).Append(" | ").Append(PortfolioCsv.Number(row.Margin)).Append(" | ")
            .Append(row.MistakeIds.Count == 0 ? "–" : string.Join(", ", row.MistakeIds)).Append(" |\n");
    }

    /// <summary>The summary and findings sections that end the document.</summary>
    public static string End(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(findings);
        var sb = new StringBuilder();
        sb.Append("\n## Summary\n\n| Recommendation | Workstreams |\n|---|---:|\n");
        foreach (var (id, count) in summary.Counts())
        {
            sb.Append("| ").Append(id).Append(" | ").Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(" |\n");
        }

        sb.Append("| **assessed** | **").Append(summary.Assessed.ToString("N0", CultureInfo.InvariantCulture)).Append("** |\n");
        if (summary.Failed > 0)
        {
            sb.Append("| rows not read (errors) | ").Append(summary.Failed.ToString("N0", CultureInfo.InvariantCulture)).Append(" |\n");
        }

        sb.Append("\n## Findings\n\n");
        if (findings.Count == 0)
        {
            sb.Append("No portfolio-level findings.\n");
        }

        foreach (var finding in findings)
        {
            sb.Append("- **").Append(finding.Id).Append("** (").Append(finding.Count.ToString("N0", CultureInfo.InvariantCulture))
                .Append("): ").Append(Escape(finding.Message)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
