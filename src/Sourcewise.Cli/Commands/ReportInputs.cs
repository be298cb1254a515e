using System.Collections.Immutable;
using Sourcewise.Diagnostics;
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
        (_, _) => Task.FromResult(Result<DecisionAssessment>.Fail(Diagnostic.Error("report.engine-missing",
            "the assessment engine is not part of this build yet"))),
        (path, _, _, _) => Task.FromResult(Result<DecisionCost>.Fail(Diagnostic.Error("report.engine-missing",
            $"{path}: the cost engine is not part of this build yet"))),
        (path, _, _) => Task.FromResult(Result<DecisionContractCheck>.Fail(Diagnostic.Error("report.engine-missing",
            $"{path}: the contract check is not part of this build yet"))),
        () => []);
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

        DecisionCost? cost = null;
        if (options.CostScenario is { } scenario)
        {
            var simulated = await sources.Cost(scenario, options.Trials, options.Seed, cancellationToken).ConfigureAwait(false);
            if (!simulated.Success)
            {
                return Result<DecisionRequest>.Fail(simulated.Diagnostics);
            }

            cost = simulated.Value;
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
        }

        return Result<DecisionRequest>.Ok(new DecisionRequest
        {
            Profile = options.Profile,
            Assessment = assessment.Value!,
            Date = default,
            Models = sources.Models(),
            Cost = cost,
            Contract = contract,
        });
    }
}
