using System.Text;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering.Pdf;

namespace Sourcewise.Reports.Rendering;

/// <summary>Renders a report to any <see cref="ReportFormat"/>: one entry point for the CLI and the web app.</summary>
public static class ReportRenderer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the document to the bytes of a file in <paramref name="format"/> (text formats as UTF-8
    /// without a byte-order mark).</summary>
    /// <exception cref="InvalidOperationException">PDF output was asked for and the DejaVu fonts are missing.</exception>
    public static byte[] Render(ReportDocument document, ReportFormat format, bool linkImages = false) => format switch
    {
        ReportFormat.Markdown => Utf8NoBom.GetBytes(MarkdownReportRenderer.Render(document, linkImages)),
        ReportFormat.Html => Utf8NoBom.GetBytes(HtmlReportRenderer.Render(document)),
        ReportFormat.Docx => DocxReportRenderer.Render(document),
        ReportFormat.Pdf => PdfReportRenderer.Render(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The media type of a format, for HTTP answers.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The usual file extension of a format, with the dot.</summary>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => ".md",
        ReportFormat.Html => ".html",
        ReportFormat.Docx => ".docx",
        ReportFormat.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Parses a format name (<c>markdown</c>/<c>md</c>, <c>html</c>, <c>docx</c>, <c>pdf</c>).</summary>
    public static bool TryParseFormat(string? text, out ReportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "markdown" or "md":
                format = ReportFormat.Markdown;
                return true;
            case "html" or "htm":
                format = ReportFormat.Html;
                return true;
            case "docx":
                format = ReportFormat.Docx;
                return true;
            case "pdf":
                format = ReportFormat.Pdf;
                return true;
            default:
                format = ReportFormat.Markdown;
                return false;
        }
    }
}
