using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>The model a set of signals describes, or none (undetermined, or not an engagement at all) with the reason
/// and the conflicting signals.</summary>
/// <param name="ActualModel">The model, or null when undetermined or not an engagement.</param>
/// <param name="Scores">Points per model.</param>
/// <param name="ConflictingSignals">The ids of the signals that pull different ways when undetermined.</param>
/// <param name="Reason">Why, in plain words.</param>
public sealed record ContractClassification(
    EngagementModel? ActualModel,
    ImmutableDictionary<EngagementModel, double> Scores,
    ImmutableArray<string> ConflictingSignals,
    string Reason)
{
    /// <summary>The public id of the actual model, <c>undetermined</c> or <c>not-an-engagement</c>.</summary>
    public string ActualModelId => ActualModel?.ToId() ?? (NotAnEngagement ? NotAnEngagementId : UndeterminedId);

    /// <summary>Whether the document is not an engagement for services at all (a licence, supply or financing deal,
    /// employment, a guarantee …); <see cref="Reason"/> says why. <see cref="ActualModel"/> is then null.</summary>
    public bool NotAnEngagement { get; init; }

    /// <summary>The id of an engagement whose dimensions conflict or say too little.</summary>
    public const string UndeterminedId = "undetermined";

    /// <summary>The id of a document that is not an engagement for services.</summary>
    public const string NotAnEngagementId = "not-an-engagement";
}
