using System.Globalization;
using Sourcewise.Eval.Splits;

namespace Sourcewise.Eval.Reports;

/// <summary>Number formats shared by the text and Markdown reports.</summary>
internal static class Format
{
    /// <summary>A share as a percentage with one decimal, or an en dash when there is nothing to divide by.</summary>
    public static string Pct(double value) =>
        double.IsNaN(value) ? "–" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share rounded for JSON, or null for "nothing to divide by".</summary>
    public static double? Json(double value) => double.IsNaN(value) ? null : Math.Round(value, 4);

    /// <summary>The short name of what a signal row is scored against.</summary>
    public static string Against(CheckEvaluation.Score score) => score.Source switch
    {
        "cuad" when score.Note.Contains("(proxy", StringComparison.Ordinal) => "cuad (proxy)",
        var source => source,
    };

    /// <summary>The title of a split's section.</summary>
    public static string SplitTitle(string split, int documents) => split switch
    {
        SplitSet.Blind => $"blind ({documents} documents; totals only)",
        _ => $"{split} ({documents} documents)",
    };

    /// <summary>Cuts a quote to a length, on a word where possible.</summary>
    public static string Clip(string text, int length = 160)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + " …";
    }
}
