using System.Collections.Immutable;

namespace Sourcewise.Reports.Decisions;

/// <summary>The result of checking a proposal or contract, as a decision record shows it.</summary>
/// <param name="Document">The file that was checked.</param>
/// <param name="ClaimedModel">The model the document says it is, if known (a model id).</param>
/// <param name="ActualModel">The model the clauses describe: a model id or <c>undetermined</c>.</param>
/// <param name="Signals">The clauses that reveal the model.</param>
/// <param name="Findings">What is wrong or missing.</param>
public sealed record DecisionContractCheck(
    string Document,
    string? ClaimedModel,
    string ActualModel,
    ImmutableArray<DecisionSignal> Signals,
    ImmutableArray<DecisionFinding> Findings);
