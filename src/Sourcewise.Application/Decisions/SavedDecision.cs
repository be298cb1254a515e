namespace Sourcewise.Application.Decisions;

/// <summary>A decision as it is stored: its inputs and the assessment as JSON text, so it reads back exactly as it was
/// acknowledged (even after the rules change).</summary>
/// <param name="Id">A version-7 GUID in its <c>D</c> form (so ids sort by creation time).</param>
/// <param name="Title">What the decision is about.</param>
/// <param name="Status">One of <see cref="DecisionStatuses.All"/>.</param>
/// <param name="CreatedAt">When it was saved (UTC).</param>
/// <param name="ReviewBy">When to look at it again.</param>
/// <param name="ProfileJson">The work profile, as <see cref="Reports.Json.WorkProfileJson"/> writes it.</param>
/// <param name="CostScenarioJson">The cost scenario as it was sent, or <c>null</c>.</param>
/// <param name="AssessmentJson">The assessment, as <see cref="Reports.Json.AssessmentJson"/> writes it.</param>
/// <param name="ChosenModel">The model chosen (a model id), or <c>null</c> for a decision saved before choices were
/// recorded (then it is the recommendation).</param>
/// <param name="Start">The engagement's first month (<c>YYYY-MM</c>), or <c>null</c> for a decision saved before
/// (then the month it was saved).</param>
/// <param name="FrozenJson">What the review holds the decision against, frozen at save time
/// (<see cref="FrozenAssumptions"/>), or <c>null</c> for a decision saved before.</param>
/// <param name="ContractCheckJson">The proposal check attached to the decision, as the check JSON, or <c>null</c>.</param>
public sealed record SavedDecision(
    string Id,
    string Title,
    string Status,
    DateTimeOffset CreatedAt,
    DateOnly ReviewBy,
    string ProfileJson,
    string? CostScenarioJson,
    string AssessmentJson,
    string? ChosenModel = null,
    string? Start = null,
    string? FrozenJson = null,
    string? ContractCheckJson = null);
