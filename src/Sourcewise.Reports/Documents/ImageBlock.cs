namespace Sourcewise.Reports.Documents;

/// <summary>A picture (a chart) in two forms: SVG for HTML, PNG for DOCX and PDF.</summary>
/// <param name="AltText">What the picture shows, for readers who cannot see it.</param>
/// <param name="Svg">The SVG document text, or <c>null</c>.</param>
/// <param name="Png">The PNG bytes, or <c>null</c>.</param>
/// <param name="WidthPx">The natural width in pixels.</param>
/// <param name="HeightPx">The natural height in pixels.</param>
/// <param name="Caption">A visible caption.</param>
/// <param name="FileName">A file name (without directory) under which a Markdown report can link the SVG.</param>
public sealed record ImageBlock(
    string AltText,
    string? Svg,
    byte[]? Png,
    int WidthPx,
    int HeightPx,
    string? Caption = null,
    string? FileName = null) : ReportBlock;
