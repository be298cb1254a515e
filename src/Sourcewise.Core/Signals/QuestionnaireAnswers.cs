using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>A questionnaire: each signal answered yes, no or unknown, for proposals that exist only as slides.</summary>
/// <param name="Document">The questionnaire's path or name.</param>
/// <param name="Name">An optional name for the proposal.</param>
/// <param name="ClaimedModel">The model the proposal claims, if given.</param>
/// <param name="Answers">Signal id → answer.</param>
/// <param name="Lines">Signal id → the line of its answer.</param>
public sealed record QuestionnaireAnswers(
    string Document,
    string? Name,
    EngagementModel? ClaimedModel,
    ImmutableDictionary<string, SignalAnswer> Answers,
    ImmutableDictionary<string, int> Lines);
