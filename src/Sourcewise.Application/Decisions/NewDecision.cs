using Sourcewise.Profiles;

namespace Sourcewise.Application.Decisions;

/// <summary>A decision to save.</summary>
/// <param name="Title">What it is about (1 to 300 characters).</param>
/// <param name="Profile">The workstream.</param>
/// <param name="CostScenarioJson">A cost scenario (already checked to read), kept as sent, or <c>null</c>.</param>
/// <param name="ReviewBy">When to review; <c>null</c> = today plus <see cref="DecisionRecords.DefaultReviewMonths"/>.</param>
/// <param name="Status">One of <see cref="DecisionStatuses.All"/>.</param>
public sealed record NewDecision(string Title, WorkProfile Profile, string? CostScenarioJson, DateOnly? ReviewBy, string Status)
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;
}
