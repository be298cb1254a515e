using System.Collections.Immutable;

namespace Sourcewise.Reports.Documents;

/// <summary>A titled section of a report.</summary>
/// <param name="Title">The section heading.</param>
/// <param name="Blocks">The content.</param>
/// <param name="Id">A stable anchor (lowercase, hyphens) for links into the HTML.</param>
public sealed record ReportSection(string Title, ImmutableArray<ReportBlock> Blocks, string Id);
