using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>The model a set of signals describes, or none (undetermined) with the reason and the conflicting signals.</summary>
/// <param name="ActualModel">The model, or null when undetermined.</param>
/// <param name="Scores">Points per model.</param>
/// <param name="ConflictingSignals">The ids of the signals that pull different ways when undetermined.</param>
/// <param name="Reason">Why, in plain words.</param>
public sealed record ContractClassification(
    EngagementModel? ActualModel,
    ImmutableDictionary<EngagementModel, double> Scores,
    ImmutableArray<string> ConflictingSignals,
    string Reason)
{
    /// <summary>The public id of the actual model, or <c>undetermined</c>.</summary>
    public string ActualModelId => ActualModel?.ToId() ?? "undetermined";
}
