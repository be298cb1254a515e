using Sourcewise.CostModel;
using Sourcewise.Reports.Formatting;
using ScottPlot;

namespace Sourcewise.Reports.Charts;

/// <summary>Draws the cumulative monthly cost bands of a <see cref="CostResult"/>: per option a shaded p10–p90 band
/// and a median line, months on the x axis, compact currency amounts on the y axis.</summary>
/// <threadsafety>All members are thread-safe (each call builds its own plot).</threadsafety>
public static class CostChart
{
    /// <summary>Default width in pixels.</summary>
    public const int DefaultWidth = 900;

    /// <summary>Default height in pixels.</summary>
    public const int DefaultHeight = 540;

    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

    /// <summary>Returns the chart as an SVG document of the default size.</summary>
    public static string ToSvg(CostResult result) => ToSvg(result, DefaultWidth, DefaultHeight);

    /// <summary>Returns the chart as an SVG document.</summary>
    public static string ToSvg(CostResult result, int width, int height) => Build(result).GetSvgXml(width, height);

    /// <summary>Returns the chart as PNG bytes of the default size.</summary>
    public static byte[] ToPng(CostResult result) => ToPng(result, DefaultWidth, DefaultHeight);

    /// <summary>Returns the chart as PNG bytes.</summary>
    public static byte[] ToPng(CostResult result, int width, int height) =>
        Build(result).GetImageBytes(width, height, ImageFormat.Png);

    private static Plot Build(CostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var months = Enumerable.Range(0, result.HorizonMonths + 1).Select(m => (double)m).ToArray();
        var legend = new List<LegendItem>();
        for (var i = 0; i < result.Options.Count; i++)
        {
            var option = result.Options[i];
            var color = Color.FromHex(Colors[(int)option.Kind % Colors.Length]);
            // Month 0 is the start: nothing spent yet.
            var p10 = option.Monthly.Select(b => b.P10).Prepend(0).ToArray();
            var p50 = option.Monthly.Select(b => b.P50).Prepend(0).ToArray();
            var p90 = option.Monthly.Select(b => b.P90).Prepend(0).ToArray();
            var band = plot.Add.FillY(months, p90, p10);
            band.FillColor = color.WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(months, p50);
            line.Color = color;
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
            legend.Add(new LegendItem
            {
                LabelText = $"{option.Kind.ToDisplayName()}: median {MoneyFormat.Compact(option.P50, result.Currency)} " +
                    $"(p10–p90 {MoneyFormat.Compact(option.P10, result.Currency)}–{MoneyFormat.Compact(option.P90, result.Currency)})",
                LineColor = color,
                LineWidth = 2.5f,
                FillColor = color.WithAlpha(0.18),
            });
        }

        plot.Title(result.Name is { } name ? $"Cumulative cost: {name}" : "Cumulative cost over the horizon");
        plot.XLabel($"Month (line: median; shaded: p10–p90 of {result.Trials:N0} trials, seed {result.Seed})");
        plot.YLabel($"Cumulative cost ({result.Currency})");
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => MoneyFormat.Compact(v, result.Currency),
        };
        plot.Axes.SetLimitsX(0, result.HorizonMonths);
        var top = result.Options.Max(o => o.Monthly[^1].P90);
        plot.Axes.SetLimitsY(0, top * 1.05);
        plot.ShowLegend(legend, Alignment.UpperLeft);
        return plot;
    }
}
