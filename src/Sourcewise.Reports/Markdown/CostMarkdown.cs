using System.Globalization;
using System.Text;
using Sourcewise.CostModel;
using Sourcewise.Reports.Formatting;

namespace Sourcewise.Reports.Markdown;

/// <summary>Writes a <see cref="CostResult"/> as a Markdown section: the percentile table, the chance of being
/// cheapest, break-even months, cumulative bands at a few months and the top drivers.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CostMarkdown
{
    /// <summary>Returns the Markdown text.</summary>
    /// <param name="result">The simulation result.</param>
    /// <param name="headingLevel">The level of the top heading (2 gives <c>##</c>), so the section can be embedded.</param>
    public static string Write(CostResult result, int headingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(headingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 5);
        var h = new string('#', headingLevel);
        var c = result.Currency;
        var sb = new StringBuilder();
        sb.Append(h).Append(" Cost comparison").AppendLine(result.Name is { } n ? $": {Escape(n)}" : string.Empty).AppendLine();
        sb.AppendLine(Invariant($"{result.Trials:N0} Monte Carlo trials over {result.HorizonMonths} months, seed {result.Seed}, requirement volatility {result.Volatility.ToId()}; amounts in {c}."))
            .AppendLine();
        sb.AppendLine("| option | p10 | median | p90 | mean | spreadsheet total | chance cheapest |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var o in result.Options)
        {
            sb.AppendLine(Invariant($"| {o.Kind.ToDisplayName()} | {M(o.P10, c)} | {M(o.P50, c)} | {M(o.P90, c)} | {M(o.Mean, c)} | {M(o.ArithmeticTotal, c)} | {MoneyFormat.Percent(o.ProbabilityCheapest)} |"));
        }

        var cheapest = result.CheapestAtMedian;
        sb.AppendLine().AppendLine(Invariant(
            $"Lowest median total: **{cheapest.Kind.ToDisplayName()}** ({M(cheapest.P50, c)}), cheapest in {MoneyFormat.Percent(cheapest.ProbabilityCheapest)} of trials. The spreadsheet total puts every uncertain quantity at its mean; the percentiles show how far the outcome can move from it."));

        if (result.Options.Count > 1)
        {
            sb.AppendLine().Append(h).AppendLine("# Break-even").AppendLine();
            sb.AppendLine("The month from which the row's median cumulative cost is at most the column's and stays so to the end of the horizon.").AppendLine();
            sb.Append("| option |");
            foreach (var o in result.Options)
            {
                sb.Append(' ').Append(o.Kind.ToDisplayName()).Append(" |");
            }

            sb.AppendLine().Append("|---|").AppendLine(string.Concat(result.Options.Select(_ => "---|")));
            foreach (var row in result.Options)
            {
                sb.Append("| ").Append(row.Kind.ToDisplayName()).Append(" |");
                foreach (var column in result.Options)
                {
                    var cell = row.Kind == column.Kind ? "–"
                        : row.BreakEven[column.Kind] is { } m ? (m == 1 ? "from the start" : Invariant($"from month {m}"))
                        : "never";
                    sb.Append(' ').Append(cell).Append(" |");
                }

                sb.AppendLine();
            }
        }

        sb.AppendLine().Append(h).AppendLine("# Cumulative cost by month").AppendLine();
        sb.AppendLine("Median, with the p10–p90 range below it.").AppendLine();
        sb.Append("| month |");
        foreach (var o in result.Options)
        {
            sb.Append(' ').Append(o.Kind.ToDisplayName()).Append(" |");
        }

        sb.AppendLine().Append("|---:|").AppendLine(string.Concat(result.Options.Select(_ => "---:|")));
        foreach (var month in SampleMonths(result.HorizonMonths))
        {
            sb.Append("| ").Append(month.ToString(CultureInfo.InvariantCulture)).Append(" |");
            foreach (var o in result.Options)
            {
                var b = o.Monthly[month - 1];
                sb.Append(' ').Append(M(b.P50, c)).Append("<br>").Append(MoneyFormat.Compact(b.P10, c)).Append('–')
                    .Append(MoneyFormat.Compact(b.P90, c)).Append(" |");
            }

            sb.AppendLine();
        }

        if (result.Options.Any(o => o.Drivers.Count > 0))
        {
            sb.AppendLine().Append(h).AppendLine("# Drivers").AppendLine();
            sb.AppendLine(Invariant($"Each parameter alone set to 80% and 120% of its value (whole numbers ±1 at least; volatility one level down and up), {result.DriverTrials:N0} trials with the same seed; the three that move each option's median most.")).AppendLine();
            sb.AppendLine("| option | parameter | low → high | median at low | median at high | swing |");
            sb.AppendLine("|---|---|---|---:|---:|---:|");
            foreach (var o in result.Options)
            {
                foreach (var d in o.Drivers.Take(3))
                {
                    sb.AppendLine(Invariant($"| {o.Kind.ToDisplayName()} | `{d.Parameter}` | {d.LowLabel} → {d.HighLabel} | {M(d.P50AtLow, c)} | {M(d.P50AtHigh, c)} | {M(d.Swing, c)} |"));
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Months shown in the monthly table: 1, every quarter or half-year, and the last.</summary>
    internal static IEnumerable<int> SampleMonths(int horizon)
    {
        var step = horizon <= 12 ? 3 : horizon <= 36 ? 6 : 12;
        var months = new SortedSet<int> { 1, horizon };
        for (var m = step; m < horizon; m += step)
        {
            months.Add(m);
        }

        return months;
    }

    private static string M(double value, string currency) => MoneyFormat.Full(value, currency);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
