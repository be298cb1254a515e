using System.Globalization;
using System.Text;

namespace Sourcewise.Reports.Portfolio;

/// <summary>The CSV output of a portfolio: one line per workstream. Lists inside a cell are joined with <c>; </c>.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PortfolioCsv
{
    /// <summary>The header line (with its line break).</summary>
    public const string Header =
        "row,name,recommendation,bestFit,runnerUp,margin,staff-augmentation,project-outsourcing,managed-services,mistakes,tippingPoints\n";

    /// <summary>Appends one workstream's line (with its line break).</summary>
    public static void AppendRow(StringBuilder sb, PortfolioRowFacts row)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(row);
        sb.Append(row.Row.ToString(CultureInfo.InvariantCulture)).Append(',');
        AppendCell(sb, row.Name);
        sb.Append(',').Append(row.Recommendation).Append(',').Append(row.BestFit).Append(',').Append(row.RunnerUp)
            .Append(',').Append(Number(row.Margin));
        foreach (var score in row.Scores)
        {
            sb.Append(',').Append(Number(score));
        }

        sb.Append(',');
        AppendCell(sb, string.Join("; ", row.MistakeIds));
        sb.Append(',');
        AppendCell(sb, string.Join("; ", row.TippingPoints));
        sb.Append('\n');
    }

    /// <summary>Formats a number the way every output shows it: invariant, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static void AppendCell(StringBuilder sb, string text)
    {
        // Quote when needed; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula.
        var formula = text.Length > 0 && text[0] is '=' or '+' or '-' or '@';
        if (!formula && text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(text);
            return;
        }

        sb.Append('"');
        if (formula)
        {
            sb.Append('\'');
        }

        sb.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
