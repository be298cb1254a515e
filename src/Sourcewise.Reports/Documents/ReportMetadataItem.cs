namespace Sourcewise.Reports.Documents;

/// <summary>One line of the header block: "Status: proposed", "Date: 2026-11-29".</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The value.</param>
public sealed record ReportMetadataItem(string Label, string Value);
