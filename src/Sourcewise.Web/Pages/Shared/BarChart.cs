using System.Globalization;

namespace Sourcewise.Web.Pages.Shared;

/// <summary>A horizontal bar chart drawn as inline SVG on the server (labels are encoded by Razor). Values may be
/// negative: bars then grow left of a zero line.</summary>
internal sealed record BarChart(string Title, string Description, IReadOnlyList<BarChart.Bar> Bars, string Unit = "")
{
    public sealed record Bar(string Label, double Value, string Css = "bar");

    public const int Width = 760;
    public const int LabelWidth = 330;
    public const int RowHeight = 26;
    public const int Top = 8;

    public int Height => Top + (Bars.Count * RowHeight) + 8;

    private double Min => Math.Min(0, Bars.Count == 0 ? 0 : Bars.Min(b => b.Value));

    private double Max => Math.Max(0, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));

    private double Scale => (Width - LabelWidth - 70) / Math.Max(1e-9, Max - Min);

    public double ZeroX => LabelWidth + (-Min * Scale);

    public double X(Bar bar) => bar.Value >= 0 ? ZeroX : ZeroX + (bar.Value * Scale);

    public double W(Bar bar) => Math.Max(1, Math.Abs(bar.Value) * Scale);

    /// <summary>Where the value's text goes: right of a positive bar; right of the zero line for a negative one (so it
    /// never runs into the labels).</summary>
    public double ValueX(Bar bar) => bar.Value >= 0 ? X(bar) + W(bar) + 6 : ZeroX + 6;

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
