namespace Sourcewise.Application.Portfolios;

/// <summary>The formats a portfolio is read from.</summary>
public enum PortfolioInputFormat
{
    /// <summary>CSV with a header row of profile keys.</summary>
    Csv,

    /// <summary>An XLSX workbook: the first sheet, a header row of profile keys.</summary>
    Xlsx,

    /// <summary>A JSON array of profiles.</summary>
    Json,

    /// <summary>A YAML list of profiles.</summary>
    Yaml,
}
