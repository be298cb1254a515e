namespace Sourcewise.Reports.Documents;

/// <summary>A paragraph of styled text.</summary>
/// <param name="Text">The paragraph.</param>
public sealed record ParagraphBlock(RichText Text) : ReportBlock;
