using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>The result of checking one proposal, SOW, contract or questionnaire: its claim, the model it actually
/// describes, the signals with their evidence, and the findings. The report and web app show it; the assessment
/// raises <c>contract-model-mismatch</c> when <see cref="IsMismatch"/>.</summary>
/// <param name="Document">The document's path or name.</param>
/// <param name="Claim">The claimed model, if any.</param>
/// <param name="Classification">The model actually described, the scores and any conflict.</param>
/// <param name="Signals">The signals found, in catalogue order.</param>
/// <param name="Findings">The findings, most severe first.</param>
/// <param name="FromQuestionnaire">Whether the signals came from a questionnaire rather than a document.</param>
public sealed record ContractCheck(
    string Document,
    ClaimedModel? Claim,
    ContractClassification Classification,
    ImmutableArray<DetectedSignal> Signals,
    ImmutableArray<CheckFinding> Findings,
    bool FromQuestionnaire = false)
{
    /// <summary>The model actually described, or null when undetermined.</summary>
    public EngagementModel? ActualModel => Classification.ActualModel;

    /// <summary>Whether the document is not what it claims: a mislabel finding fired, or the claimed and actual models differ.</summary>
    public bool IsMismatch =>
        Findings.Any(f => f.Id.StartsWith("mislabeled-", StringComparison.Ordinal) || f.Id == "project-is-managed-service")
        || (Claim is { } claim && ActualModel is { } actual && claim.Model != actual);

    /// <summary>Whether a signal was found.</summary>
    public bool Has(string signalId) => Signals.Any(s => s.Id == signalId);
}
