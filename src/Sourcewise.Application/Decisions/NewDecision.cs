using Sourcewise.Decisions;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Decisions;

/// <summary>A decision to save.</summary>
/// <param name="Title">What it is about (1 to 300 characters).</param>
/// <param name="Profile">The workstream.</param>
/// <param name="CostScenarioJson">A cost scenario (already checked to read), kept as sent, or <c>null</c>.</param>
/// <param name="ReviewBy">When to review; <c>null</c> = today plus <see cref="DecisionRecords.DefaultReviewMonths"/>.</param>
/// <param name="Status">One of <see cref="DecisionStatuses.All"/>.</param>
/// <param name="Chosen">The model chosen; <c>null</c> = the recommendation (its best fit when a close call).</param>
/// <param name="Start">The engagement's first month; <c>null</c> = the current month.</param>
/// <param name="Seed">The seed of the simulation whose band is frozen; <c>null</c> = the record seed.</param>
/// <param name="ContractCheckJson">A proposal check to attach (the check JSON), or <c>null</c>.</param>
public sealed record NewDecision(string Title, WorkProfile Profile, string? CostScenarioJson, DateOnly? ReviewBy, string Status,
    EngagementModel? Chosen = null, YearMonth? Start = null, long? Seed = null, string? ContractCheckJson = null)
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;
}
