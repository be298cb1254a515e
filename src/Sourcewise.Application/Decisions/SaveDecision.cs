using Sourcewise.Application.Assess;
using Sourcewise.Reports.Json;

namespace Sourcewise.Application.Decisions;

/// <summary>Use case: save a decision. The profile is assessed now and the assessment stored with it, so the decision
/// reads back exactly as it was acknowledged.</summary>
/// <param name="store">Where decisions live.</param>
/// <param name="assessor">What assesses the profile.</param>
/// <param name="time">The clock (the id, the creation time and the default review date come from it).</param>
public sealed class SaveDecision(IDecisionStore store, IWorkstreamAssessor assessor, TimeProvider time)
{
    /// <summary>Assesses and stores the decision; returns once the store has committed it.</summary>
    /// <param name="decision">The decision to save.</param>
    /// <param name="cancellationToken">Cancels the assessment and the write.</param>
    public async Task<Outcome<SavedDecision>> SaveAsync(NewDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var assessment = assessor.Assess(decision.Profile, cancellationToken);
        var now = time.GetUtcNow();
        var saved = new SavedDecision(
            Guid.CreateVersion7(now).ToString("D"),
            decision.Title,
            decision.Status,
            now,
            decision.ReviewBy ?? DateOnly.FromDateTime(now.UtcDateTime).AddMonths(DecisionRecords.DefaultReviewMonths),
            WorkProfileJson.Write(decision.Profile),
            decision.CostScenarioJson,
            AssessmentJson.ToJson(assessment, indented: false));
        await store.AddAsync(saved, cancellationToken).ConfigureAwait(false);
        return Outcome<SavedDecision>.Ok(saved);
    }
}
