using System.Globalization;
using System.Text;
using Sourcewise.CostModel;
using Sourcewise.Reports.Formatting;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary>The terminal rendering of a cost result: a percentile table, a range strip per option, break-even months,
/// the top driver of each option and the seed.</summary>
internal static class CostText
{
    private const int StripWidth = 40;

    public static void Write(IAnsiConsole console, CostResult result)
    {
        var c = result.Currency;
        console.MarkupLine(Markup.Escape(Invariant(
            $"Cost over {result.HorizonMonths} months{(result.Name is { } n ? $" ({n})" : string.Empty)}: {result.Trials:N0} trials, seed {result.Seed}, volatility {result.Volatility.ToId()}, amounts in {c}")));
        // A plain fixed-width table: it fits 80 columns, where a bordered table would wrap the amounts.
        var nameWidth = result.Options.Max(o => o.Kind.ToDisplayName().Length);
        string[] headings = ["p10", "median", "p90", "mean", "plain", "cheapest"];
        console.WriteLine();
        console.WriteLine("option".PadRight(nameWidth) + string.Concat(headings.Select(h => " " + h.PadLeft(9))));
        foreach (var o in result.Options)
        {
            string[] cells = [M(o.P10, c), M(o.P50, c), M(o.P90, c), M(o.Mean, c), M(o.ArithmeticTotal, c),
                MoneyFormat.Percent(o.ProbabilityCheapest)];
            console.WriteLine(o.Kind.ToDisplayName().PadRight(nameWidth) + string.Concat(cells.Select(x => " " + x.PadLeft(9))));
        }

        console.WriteLine("plain = every uncertain quantity at its mean; cheapest = share of trials");

        // A strip per option on one shared scale: ─ spans p10 to p90, ● is the median.
        var lo = result.Options.Min(o => o.P10);
        var hi = result.Options.Max(o => o.P90);
        console.WriteLine();
        console.WriteLine("Total cost, p10 ─ median ● ─ p90");
        foreach (var o in result.Options)
        {
            console.WriteLine($"{o.Kind.ToDisplayName().PadRight(nameWidth)} │{Strip(o, lo, hi)}│");
        }

        var left = MoneyFormat.Compact(lo, c);
        var right = MoneyFormat.Compact(hi, c);
        console.WriteLine(new string(' ', nameWidth + 1) + left + right.PadLeft(StripWidth + 2 - left.Length));

        var notes = new List<string>();
        foreach (var o in result.Options)
        {
            foreach (var (other, month) in o.BreakEven.OrderBy(p => p.Key))
            {
                if (month is > 1)
                {
                    notes.Add(Invariant($"  {o.Kind.ToDisplayName()} ≤ {other.ToDisplayName()} from month {month}"));
                }
            }
        }

        if (notes.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Break-even on median cumulative cost:");
            notes.ForEach(console.WriteLine);
        }

        if (result.Options.Any(o => o.Drivers.Count > 0))
        {
            console.WriteLine();
            console.WriteLine(Invariant($"Biggest driver of each median ({result.DriverTrials:N0} trials per swing):"));
            foreach (var o in result.Options.Where(o => o.Drivers.Count > 0))
            {
                var d = o.Drivers[0];
                console.WriteLine(Invariant(
                    $"  {o.Kind.ToDisplayName()}: {d.Parameter} {d.LowLabel} → {d.HighLabel}: {M(d.P50AtLow, c)} → {M(d.P50AtHigh, c)}"));
            }
        }

        console.WriteLine();
        console.WriteLine(Invariant($"Seed {result.Seed}: rerun with --seed {result.Seed} for the same numbers."));
    }

    private static string Strip(CostOptionResult o, double lo, double hi)
    {
        var span = hi - lo;
        int Position(double v) => span <= 0 ? StripWidth / 2 : (int)Math.Round((v - lo) / span * (StripWidth - 1));
        var sb = new StringBuilder(new string(' ', StripWidth));
        for (var i = Position(o.P10); i <= Position(o.P90); i++)
        {
            sb[i] = '─';
        }

        sb[Position(o.P50)] = '●';
        return sb.ToString();
    }

    // Whole thousands keep a row inside 80 columns while still telling p10 from p50 on narrow distributions.
    private static string M(double value, string currency) => MoneyFormat.Thousands(value, currency);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
