using System.Collections.Immutable;

namespace Sourcewise.Reports.Documents;

/// <summary>An unordered list, one level deep.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record BulletListBlock(ImmutableArray<RichText> Items) : ReportBlock;
