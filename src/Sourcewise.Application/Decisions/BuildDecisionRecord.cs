using Sourcewise.Diagnostics;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Application.Decisions;

/// <summary>Use case: build a decision record for one workstream: the comparison, the recommendation and its reasons,
/// tipping points, and optionally the cost comparison and the contract check, as a document any renderer can draw.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class BuildDecisionRecord
{
    /// <summary>Creates the use case over its sources.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public BuildDecisionRecord(DecisionRecordSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = sources;
    }

    /// <summary>The use case over the engines.</summary>
    public static BuildDecisionRecord Default { get; } = new(DecisionRecordSources.Default);

    /// <summary>Where the content comes from.</summary>
    public DecisionRecordSources Sources { get; }

    /// <summary>Gathers the record's content, failing on the first bad input (the profile's assessment, then the cost
    /// scenario, then the contract); warnings from each are kept.</summary>
    /// <param name="input">What the record is built from.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<DecisionRequest>> GatherAsync(DecisionRecordInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var warnings = new List<Diagnostic>();
        var assessment = input.Assessment;
        if (assessment is null)
        {
            var assessed = await Sources.Assess(input.Profile, cancellationToken).ConfigureAwait(false);
            if (!assessed.HasValue)
            {
                return assessed.Fail<DecisionRequest>();
            }

            assessment = assessed.Value;
            warnings.AddRange(assessed.Diagnostics.Where(d => !d.IsError));
        }

        DecisionCost? cost = null;
        if (input.CostScenario is { } scenario)
        {
            var simulated = await Sources.Cost(scenario, input.Trials, input.Seed, cancellationToken).ConfigureAwait(false);
            if (!simulated.HasValue)
            {
                return simulated.Fail<DecisionRequest>();
            }

            cost = simulated.Value;
            warnings.AddRange(simulated.Diagnostics.Where(d => !d.IsError));
        }

        DecisionContractCheck? contract = null;
        if (input.Contract is { } contractPath)
        {
            var claimed = input.Claimed ?? input.Profile.Considering;
            var checkedContract = await Sources.Contract(contractPath, claimed, cancellationToken).ConfigureAwait(false);
            if (!checkedContract.HasValue)
            {
                return checkedContract.Fail<DecisionRequest>();
            }

            contract = checkedContract.Value;
            warnings.AddRange(checkedContract.Diagnostics.Where(d => !d.IsError));
        }

        return Outcome<DecisionRequest>.Ok(new DecisionRequest
        {
            Profile = input.Profile,
            Assessment = assessment,
            Date = input.Date,
            Models = Sources.Models(),
            Cost = cost,
            Contract = contract,
            ReviewBy = input.ReviewBy,
            ReviewMonths = input.ReviewMonths,
            Title = input.Title,
            DecidedBy = input.DecidedBy,
            Status = input.Status,
        }, warnings);
    }

    /// <summary>Gathers the content and builds the record.</summary>
    /// <param name="input">What the record is built from.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ReportDocument>> BuildAsync(DecisionRecordInput input, CancellationToken cancellationToken)
    {
        var request = await GatherAsync(input, cancellationToken).ConfigureAwait(false);
        return request.HasValue
            ? Outcome<ReportDocument>.Ok(DecisionRecordBuilder.Build(request.Value), request.Diagnostics)
            : request.Fail<ReportDocument>();
    }
}
