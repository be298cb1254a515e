using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>Renders a <see cref="ReportDocument"/> as an A4 PDF laid out by hand with PDFsharp: embedded DejaVu fonts,
/// wrapped paragraphs, tables that break across pages and repeat their header row, the chart as an image, bookmarks
/// for every section, and "Page n of N" on every page. Dates and document ids come from the document, so equal
/// documents give equal bytes.</summary>
public static class PdfReportRenderer
{
    /// <summary>Renders the document to PDF bytes.</summary>
    /// <exception cref="InvalidOperationException">The DejaVu fonts are not installed.</exception>
    public static byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DejaVuFontResolver.EnsureInstalled();

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.Author;
        pdf.Info.Creator = document.Author;
        if (document.Subject is { } subject)
        {
            pdf.Info.Subject = subject;
        }

        pdf.Info.CreationDate = document.Timestamp;
        pdf.Info.ModificationDate = document.Timestamp;
        pdf.Language = "en";
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.PageMode = PdfPageMode.UseOutlines;

        // The file identifier is derived from the content, not random, so the bytes are reproducible.
        var id = DocumentId(document);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;

        new PdfLayout(pdf, document).Run();

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return PdfDeterminism.Normalise(PdfStreamFinisher.Finish(stream.ToArray()), id);
    }

    private static string DocumentId(ReportDocument document)
    {
        var text = new StringBuilder()
            .Append(document.Title).Append('\n')
            .Append(document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(MarkdownReportRenderer.Render(document));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 16);
    }
}
