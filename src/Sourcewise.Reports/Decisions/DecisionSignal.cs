using System.Collections.Immutable;

namespace Sourcewise.Reports.Decisions;

/// <summary>A clause that points at a model.</summary>
/// <param name="Id">The signal id.</param>
/// <param name="Towards">The model id it points to.</param>
/// <param name="Strength"><c>weak</c>, <c>strong</c> or <c>decisive</c>.</param>
/// <param name="Evidence">Where it was found.</param>
public sealed record DecisionSignal(string Id, string Towards, string Strength, ImmutableArray<DecisionEvidence> Evidence);
