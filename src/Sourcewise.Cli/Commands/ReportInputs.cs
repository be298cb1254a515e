using Sourcewise.Diagnostics;
using Sourcewise.Profiles;
using Sourcewise.Reports.Decisions;

namespace Sourcewise.Cli.Commands;

/// <summary>Gathers what a decision record is built from: the assessment of the profile, and optionally the cost
/// simulation of a scenario and the check of a contract. Each engine's result is mapped to the record's view.</summary>
internal static class ReportInputs
{
    public sealed record Options(WorkProfile Profile, string? CostScenario, string? Contract, string? Claimed, int Trials, int Seed);

    public static Task<Result<DecisionRequest>> BuildAsync(Options options, CancellationToken cancellationToken)
    {
        _ = options;
        _ = cancellationToken;
        return Task.FromResult(Result<DecisionRequest>.Fail(Diagnostic.Error("report.engine-missing",
            "the assessment engine is not part of this build yet")));
    }
}
