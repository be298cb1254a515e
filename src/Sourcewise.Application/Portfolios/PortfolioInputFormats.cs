using Sourcewise.Documents.Portfolios;

namespace Sourcewise.Application.Portfolios;

/// <summary>Chooses a <see cref="PortfolioInputFormat"/> from a file name or a media type, in one place for the CLI,
/// the API and the pages.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PortfolioInputFormats
{
    /// <summary>The accepted file types, for messages.</summary>
    public const string AcceptedList = ".csv, .xlsx, .json or .yaml";

    /// <summary>The id the portfolio reader takes: <c>csv</c>, <c>xlsx</c>, <c>json</c>, <c>yaml</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined format.</exception>
    public static string ToId(this PortfolioInputFormat format) => format switch
    {
        PortfolioInputFormat.Csv => "csv",
        PortfolioInputFormat.Xlsx => "xlsx",
        PortfolioInputFormat.Json => "json",
        PortfolioInputFormat.Yaml => "yaml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown portfolio format."),
    };

    /// <summary>The format of a file from its extension (<c>.yml</c> is YAML), or <c>null</c>.</summary>
    public static PortfolioInputFormat? FromFileName(string? fileName) =>
        fileName is { Length: > 0 } ? FromId(PortfolioReader.FormatOf(fileName)) : null;

    /// <summary>The format of a request body from its media type (parameters such as <c>charset</c> ignored), or
    /// <c>null</c>.</summary>
    public static PortfolioInputFormat? FromMediaType(string? mediaType) =>
        mediaType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "text/csv" or "application/csv" => PortfolioInputFormat.Csv,
            "application/json" => PortfolioInputFormat.Json,
            "application/yaml" or "application/x-yaml" or "text/yaml" => PortfolioInputFormat.Yaml,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => PortfolioInputFormat.Xlsx,
            _ => null,
        };

    /// <summary>The format of an upload: by its file name when that says, else by its media type.</summary>
    public static PortfolioInputFormat? Of(string? fileName, string? mediaType) =>
        FromFileName(fileName) ?? FromMediaType(mediaType);

    private static PortfolioInputFormat? FromId(string? id) => id switch
    {
        "csv" => PortfolioInputFormat.Csv,
        "xlsx" => PortfolioInputFormat.Xlsx,
        "json" => PortfolioInputFormat.Json,
        "yaml" => PortfolioInputFormat.Yaml,
        _ => null,
    };
}
