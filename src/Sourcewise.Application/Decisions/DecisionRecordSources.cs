using System.Collections.Immutable;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Check;
using Sourcewise.Application.Cost;
using Sourcewise.Assessments;
using Sourcewise.Comparison;
using Sourcewise.Profiles;
using Sourcewise.Reports.Decisions;

namespace Sourcewise.Application.Decisions;

/// <summary>Where a decision record's content comes from: the assessment of the profile, a cost simulation of a
/// scenario file, a check of a contract file, and the models comparison. <see cref="Default"/> uses the engines; tests
/// pass their own to exercise a host without depending on the engines' numbers.</summary>
/// <param name="Assess">Assesses the profile.</param>
/// <param name="Cost">Reads a scenario file and simulates it (trials, seed) into the record's cost section.</param>
/// <param name="Contract">Checks a contract file (with the claimed model, or <c>null</c>) into the record's contract section.</param>
/// <param name="Models">The six dimensions × three models.</param>
public sealed record DecisionRecordSources(
    Func<WorkProfile, CancellationToken, Task<Outcome<Assessment>>> Assess,
    Func<string, int, long, CancellationToken, Task<Outcome<DecisionCost>>> Cost,
    Func<string, EngagementModel?, CancellationToken, Task<Outcome<DecisionContractCheck>>> Contract,
    Func<ImmutableArray<ModelDimension>> Models)
{
    /// <summary>The engines: built-in rules, the cost simulator, the proposal check.</summary>
    public static DecisionRecordSources Default { get; } = new(
        (profile, cancellationToken) => Task.FromResult(Outcome<Assessment>.Ok(AssessWorkstream.Default.Assess(profile, cancellationToken))),
        CostAsync,
        ContractAsync,
        DecisionInputs.Models);

    private static async Task<Outcome<DecisionCost>> CostAsync(string path, int trials, long seed, CancellationToken cancellationToken)
    {
        var scenario = await SimulateCost.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (!scenario.HasValue)
        {
            return scenario.Fail<DecisionCost>();
        }

        var result = SimulateCost.Simulate(scenario.Value, trials, seed, cancellationToken: cancellationToken);
        return result.HasValue
            ? Outcome<DecisionCost>.Ok(DecisionRecords.CostSection(result.Value, Path.GetFileName(path)), scenario.Diagnostics)
            : result.Fail<DecisionCost>();
    }

    private static async Task<Outcome<DecisionContractCheck>> ContractAsync(string path, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        var check = await CheckProposal.Default.CheckFileAsync(path, claimed, cancellationToken).ConfigureAwait(false);
        return check.HasValue
            ? Outcome<DecisionContractCheck>.Ok(DecisionInputs.FromCheck(check.Value.Check), check.Diagnostics)
            : check.Fail<DecisionContractCheck>();
    }
}
