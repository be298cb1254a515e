using System.Collections.Immutable;

namespace Sourcewise.Reports.Documents;

/// <summary>Lines for people to sign: one row per role with blanks for name, signature and date.</summary>
/// <param name="Roles">The roles that sign, e.g. "Decision owner".</param>
public sealed record SignOffBlock(ImmutableArray<string> Roles) : ReportBlock;
