namespace Sourcewise.Application.Output;

/// <summary>The output formats of the commands and the API. Each use case says which of them it writes; the text
/// format is drawn by the host (a terminal view, a web page), the others are bytes written here.</summary>
public enum OutputFormat
{
    /// <summary>For a person at a terminal (the CLI draws it).</summary>
    Text,

    /// <summary>One JSON document (camelCase, the public interface).</summary>
    Json,

    /// <summary>GitHub-flavoured Markdown.</summary>
    Markdown,

    /// <summary>Comma-separated values, one line per item.</summary>
    Csv,

    /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
    Sarif,
}
