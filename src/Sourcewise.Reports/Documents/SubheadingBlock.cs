namespace Sourcewise.Reports.Documents;

/// <summary>A heading inside a section (one level below the section title).</summary>
/// <param name="Text">The heading text.</param>
public sealed record SubheadingBlock(string Text) : ReportBlock;
