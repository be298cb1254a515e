using System.Collections.Immutable;

namespace Sourcewise.Reports.Documents;

/// <summary>A report independent of its format: a title, a header of metadata and sections of blocks.
/// Every renderer (Markdown, HTML, DOCX, PDF) turns the same document into its format.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Date">The document date; fixes every timestamp the formats carry, so output is reproducible.</param>
/// <param name="Metadata">The header lines (status, date, deciders, review-by).</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Subject">A one-line description (PDF/DOCX document properties).</param>
/// <param name="Author">Who produced the document (document properties).</param>
public sealed record ReportDocument(
    string Title,
    DateOnly Date,
    ImmutableArray<ReportMetadataItem> Metadata,
    ImmutableArray<ReportSection> Sections,
    string? Subject = null,
    string Author = "Sourcewise")
{
    /// <summary>The date as a UTC midnight timestamp, for document properties.</summary>
    public DateTime Timestamp => Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
