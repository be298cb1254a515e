using System.Collections.Immutable;
using Sourcewise.Assessments;
using Sourcewise.CostModel;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Reports.Charts;
using Sourcewise.Profiles;
using Sourcewise.Reports.Decisions;

namespace Sourcewise.Cli.Commands;

/// <summary>Where a decision record's content comes from: the assessment of the profile, the models comparison,
/// and optionally a cost simulation and a contract check. <see cref="Default"/> uses the engines; tests pass their
/// own to exercise the command without depending on the engines' numbers.</summary>
internal sealed record ReportSources(
    Func<WorkProfile, CancellationToken, Task<Result<DecisionAssessment>>> Assess,
    Func<string, int, int, CancellationToken, Task<Result<DecisionCost>>> Cost,
    Func<string, string?, CancellationToken, Task<Result<DecisionContractCheck>>> Contract,
    Func<ImmutableArray<ModelDimension>> Models)
{
    public static ReportSources Default { get; } = new(
        (profile, cancellationToken) => Task.FromResult(Result<DecisionAssessment>.Ok(
            DecisionInputs.FromAssessment(AssessmentEngine.Default.Assess(profile, cancellationToken)))),
        CostAsync,
        ContractAsync,
        DecisionInputs.Models);

    private static async Task<Result<DecisionCost>> CostAsync(string path, int trials, int seed,
        CancellationToken cancellationToken)
    {
        if (trials is < 1 or > CostSimulationOptions.MaxTrials)
        {
            return Result<DecisionCost>.Fail(Diagnostic.Error("trials-out-of-range",
                $"--trials must be from 1 to {CostSimulationOptions.MaxTrials}"));
        }

        var scenario = await CostScenarioReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (!scenario.Success)
        {
            return Result<DecisionCost>.Fail(scenario.Diagnostics);
        }

        var result = new CostSimulator().Simulate(scenario.Value!, new CostSimulationOptions { Trials = trials, Seed = seed },
            cancellationToken);
        return Result<DecisionCost>.Ok(DecisionInputs.FromCost(result,
            CostChart.ToSvg(result), CostChart.ToPng(result), CostChart.DefaultWidth, CostChart.DefaultHeight,
            Path.GetFileName(path)));
    }

    private static async Task<Result<DecisionContractCheck>> ContractAsync(string path, string? claimed,
        CancellationToken cancellationToken)
    {
        EngagementModel? claim = EngagementModels.TryParse(claimed, out var model) ? model : null;
        var check = await CheckCommand.CheckFileAsync(path, claim, cancellationToken).ConfigureAwait(false);
        return check.Success
            ? Result<DecisionContractCheck>.Ok(DecisionInputs.FromCheck(check.Value!), check.Diagnostics)
            : Result<DecisionContractCheck>.Fail(check.Diagnostics);
    }
}

/// <summary>Gathers the inputs of a decision record from the sources, failing on the first bad input.</summary>
internal static class ReportInputs
{
    public sealed record Options(WorkProfile Profile, string? CostScenario, string? Contract, string? Claimed, int Trials, int Seed);

    public static async Task<Result<DecisionRequest>> BuildAsync(ReportSources sources, Options options,
        CancellationToken cancellationToken)
    {
        var assessment = await sources.Assess(options.Profile, cancellationToken).ConfigureAwait(false);
        if (!assessment.Success)
        {
            return Result<DecisionRequest>.Fail(assessment.Diagnostics);
        }

        var warnings = new List<Diagnostic>(assessment.Diagnostics.Where(d => !d.IsError));
        DecisionCost? cost = null;
        if (options.CostScenario is { } scenario)
        {
            var simulated = await sources.Cost(scenario, options.Trials, options.Seed, cancellationToken).ConfigureAwait(false);
            if (!simulated.Success)
            {
                return Result<DecisionRequest>.Fail(simulated.Diagnostics);
            }

            cost = simulated.Value;
            warnings.AddRange(simulated.Diagnostics.Where(d => !d.IsError));
        }

        DecisionContractCheck? contract = null;
        if (options.Contract is { } contractPath)
        {
            var claimed = options.Claimed ?? options.Profile.Considering?.ToId();
            var checkedContract = await sources.Contract(contractPath, claimed, cancellationToken).ConfigureAwait(false);
            if (!checkedContract.Success)
            {
                return Result<DecisionRequest>.Fail(checkedContract.Diagnostics);
            }

            contract = checkedContract.Value;
            warnings.AddRange(checkedContract.Diagnostics.Where(d => !d.IsError));
        }

        return Result<DecisionRequest>.Ok(new DecisionRequest
        {
            Profile = options.Profile,
            Assessment = assessment.Value!,
            Date = default,
            Models = sources.Models(),
            Cost = cost,
            Contract = contract,
        }, warnings);
    }
}
