namespace Sourcewise.Reports.Documents;

/// <summary>The formats a <see cref="ReportDocument"/> renders to.</summary>
public enum ReportFormat
{
    /// <summary>GitHub-flavoured Markdown without raw HTML.</summary>
    Markdown,

    /// <summary>One self-contained HTML file.</summary>
    Html,

    /// <summary>A Word document.</summary>
    Docx,

    /// <summary>A PDF with embedded fonts.</summary>
    Pdf,
}
