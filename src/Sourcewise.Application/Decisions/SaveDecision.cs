using Sourcewise.Application.Assess;
using Sourcewise.Application.Cost;
using Sourcewise.CostModel;
using Sourcewise.Decisions;
using Sourcewise.Reports.Json;

namespace Sourcewise.Application.Decisions;

/// <summary>Use case: save a decision. The profile is assessed now and the assessment stored with it, so the decision
/// reads back exactly as it was acknowledged; with a cost scenario, it is simulated now (seeded) and every option's
/// cumulative band frozen with it, so later reviews hold the actuals against what was expected then.</summary>
/// <param name="store">Where decisions live.</param>
/// <param name="assessor">What assesses the profile.</param>
/// <param name="time">The clock (the id, the creation time and the default review date come from it).</param>
public sealed class SaveDecision(IDecisionStore store, IWorkstreamAssessor assessor, TimeProvider time)
{
    /// <summary>Trials of the simulation frozen with a decision.</summary>
    public const int FrozenTrials = 20_000;

    /// <summary>Assesses, simulates and stores the decision; returns once the store has committed it.</summary>
    /// <param name="decision">The decision to save.</param>
    /// <param name="cancellationToken">Cancels the assessment and the write.</param>
    public async Task<Outcome<SavedDecision>> SaveAsync(NewDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var assessment = assessor.Assess(decision.Profile, cancellationToken);
        var now = time.GetUtcNow();
        FrozenCost? cost = null;
        if (decision.CostScenarioJson is { } json)
        {
            var scenario = SimulateCost.ReadText(json, "costScenario");
            if (!scenario.HasValue)
            {
                return scenario.Fail<SavedDecision>();
            }

            // Only the bands are frozen: the one-at-a-time drivers are not needed (DriverTrials = 0).
            var simulated = new CostSimulator().Simulate(scenario.Value!, new CostSimulationOptions
            {
                Trials = FrozenTrials,
                Seed = decision.Seed ?? CostDefaults.RecordSeed,
                DriverTrials = 0,
            }, cancellationToken);
            cost = FrozenCost.From(scenario.Value!, simulated);
        }

        var chosen = decision.Chosen ?? assessment.RecommendedModel ?? assessment.BestFit;
        var start = decision.Start ?? YearMonth.From(DateOnly.FromDateTime(now.UtcDateTime));
        var frozen = new FrozenAssumptions(chosen, assessment.Recommendation, start, cost);
        var saved = new SavedDecision(
            Guid.CreateVersion7(now).ToString("D"),
            decision.Title,
            decision.Status,
            now,
            decision.ReviewBy ?? DateOnly.FromDateTime(now.UtcDateTime).AddMonths(DecisionRecords.DefaultReviewMonths),
            WorkProfileJson.Write(decision.Profile),
            decision.CostScenarioJson,
            AssessmentJson.ToJson(assessment, indented: false),
            chosen.ToId(),
            start.ToString(),
            frozen.ToJson(),
            decision.ContractCheckJson);
        await store.AddAsync(saved, cancellationToken).ConfigureAwait(false);
        return Outcome<SavedDecision>.Ok(saved);
    }
}
