using System.Collections.Immutable;

namespace Sourcewise.Application.Output;

/// <summary>The names and media types of <see cref="OutputFormat"/>, and which formats each capability writes.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class OutputFormats
{
    /// <summary>What <c>models</c> writes; the first is the default.</summary>
    public static readonly ImmutableArray<OutputFormat> Models = [OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown];

    /// <summary>What <c>assess</c> writes; the first is the default.</summary>
    public static readonly ImmutableArray<OutputFormat> Assess = [OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown];

    /// <summary>What <c>portfolio</c> writes; the first is the default.</summary>
    public static readonly ImmutableArray<OutputFormat> Portfolio =
        [OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Csv];

    /// <summary>What <c>check</c> writes; the first is the default.</summary>
    public static readonly ImmutableArray<OutputFormat> Check =
        [OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Sarif];

    /// <summary>What <c>cost</c> writes; the first is the default.</summary>
    public static readonly ImmutableArray<OutputFormat> Cost = [OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown];

    /// <summary>The name used on the command line and in query strings: <c>text</c>, <c>json</c>, ...</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined format.</exception>
    public static string ToId(this OutputFormat format) => format switch
    {
        OutputFormat.Text => "text",
        OutputFormat.Json => "json",
        OutputFormat.Markdown => "markdown",
        OutputFormat.Csv => "csv",
        OutputFormat.Sarif => "sarif",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };

    /// <summary>Parses a format name (exact, lower case).</summary>
    public static bool TryParse(string? id, out OutputFormat format)
    {
        format = id switch
        {
            "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            "markdown" => OutputFormat.Markdown,
            "csv" => OutputFormat.Csv,
            "sarif" => OutputFormat.Sarif,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The media type of the bytes a format gives, for HTTP answers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined format.</exception>
    public static string MediaType(this OutputFormat format) => format switch
    {
        OutputFormat.Text => "text/plain; charset=utf-8",
        OutputFormat.Json => "application/json",
        OutputFormat.Markdown => "text/markdown; charset=utf-8",
        OutputFormat.Csv => "text/csv; charset=utf-8",
        OutputFormat.Sarif => "application/sarif+json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };
}
