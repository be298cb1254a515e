using Sourcewise.Decisions;

namespace Sourcewise.Application.Decisions;

/// <summary>A change to a saved decision's answers, appended to its history (never overwritten).</summary>
/// <param name="DecisionId">The decision.</param>
/// <param name="At">When it was recorded (UTC).</param>
/// <param name="Change">What changed, in plain words (<c>leadershipBandwidth: high → none</c>).</param>
/// <param name="ProfileJson">The whole profile after the change, as <see cref="Reports.Json.WorkProfileJson"/> writes it.</param>
/// <param name="Recommendation">What the assessment recommended after the change: a model id or <c>close-call</c>.</param>
public sealed record SavedRevision(string DecisionId, DateTimeOffset At, string Change, string ProfileJson, string Recommendation);

/// <summary>Everything a review reads about one decision: the decision, its revisions (oldest first) and its actuals
/// (by month).</summary>
/// <param name="Decision">The decision as saved.</param>
/// <param name="Revisions">Changes to its answers, oldest first.</param>
/// <param name="Actuals">The months entered, oldest first, one per month.</param>
public sealed record DecisionDossier(SavedDecision Decision, IReadOnlyList<SavedRevision> Revisions, IReadOnlyList<MonthActual> Actuals);
