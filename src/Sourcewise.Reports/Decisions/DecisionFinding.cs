using System.Collections.Immutable;

namespace Sourcewise.Reports.Decisions;

/// <summary>A contract finding.</summary>
/// <param name="Id">The finding id.</param>
/// <param name="Severity"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
/// <param name="Message">What it means.</param>
/// <param name="Evidence">Where it was found (empty for a missing term).</param>
/// <param name="Ask">What to ask the vendor, or <c>null</c>.</param>
public sealed record DecisionFinding(string Id, string Severity, string Message, ImmutableArray<DecisionEvidence> Evidence,
    string? Ask = null);
