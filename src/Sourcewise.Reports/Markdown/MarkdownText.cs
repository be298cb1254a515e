namespace Sourcewise.Reports.Markdown;

/// <summary>Small helpers for writing Markdown safely.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes text for a table cell: pipes and line breaks would break the row.</summary>
    public static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Formats a number of points with a sign and up to two decimals.</summary>
    public static string Points(double value) =>
        value.ToString(value > 0 ? "+0.##" : "0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats a number with up to two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
