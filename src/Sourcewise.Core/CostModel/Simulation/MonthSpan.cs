namespace Sourcewise.CostModel.Simulation;

/// <summary>Spreads a cost rate (per month) over a time interval onto whole months, pro rata.</summary>
internal static class MonthSpan
{
    /// <summary>The length of the overlap of [<paramref name="from"/>, <paramref name="to"/>) with month index
    /// <paramref name="month"/> (the interval [month, month + 1)).</summary>
    public static double Overlap(double from, double to, int month) =>
        Math.Max(0, Math.Min(to, month + 1) - Math.Max(from, month));

    /// <summary>Adds <paramref name="rate"/> × overlap to every month the interval touches.</summary>
    public static void Add(Span<double> monthly, double rate, double from, double to)
    {
        if (rate == 0 || to <= from)
        {
            return;
        }

        var first = (int)Math.Min(monthly.Length, Math.Max(0, Math.Floor(from)));
        var end = (int)Math.Min(monthly.Length, Math.Ceiling(Math.Min(to, monthly.Length)));
        for (var k = first; k < end; k++)
        {
            monthly[k] += rate * Overlap(from, to, k);
        }
    }
}
