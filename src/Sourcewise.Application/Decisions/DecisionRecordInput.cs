using System.Collections.Immutable;
using Sourcewise.Application.Cost;
using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Decisions;

/// <summary>What a decision record is built from: the workstream and, optionally, a cost scenario and a contract to
/// check, with the record's own facts (date, review, title, deciders, status).</summary>
public sealed record DecisionRecordInput
{
    /// <summary>The workstream.</summary>
    public required WorkProfile Profile { get; init; }

    /// <summary>An assessment made earlier (a saved decision's); <c>null</c> assesses the profile now.</summary>
    public Assessment? Assessment { get; init; }

    /// <summary>A cost scenario file to simulate, or <c>null</c> for no cost section.</summary>
    public string? CostScenario { get; init; }

    /// <summary>A proposal, SOW or contract to check, or <c>null</c> for no contract section.</summary>
    public string? Contract { get; init; }

    /// <summary>The model the contract claims; <c>null</c> = the profile's <c>considering</c>, else what the document
    /// says.</summary>
    public EngagementModel? Claimed { get; init; }

    /// <summary>Trials of the cost simulation.</summary>
    public int Trials { get; init; } = CostDefaults.Trials;

    /// <summary>Seed of the cost simulation (fixed, so the same inputs give the same record).</summary>
    public long Seed { get; init; } = CostDefaults.RecordSeed;

    /// <summary>The decision date; also fixes every timestamp in the rendered files.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When to review; <c>null</c> = <see cref="Date"/> plus <see cref="ReviewMonths"/>.</summary>
    public DateOnly? ReviewBy { get; init; }

    /// <summary>Months until the review when <see cref="ReviewBy"/> is not given.</summary>
    public int ReviewMonths { get; init; } = DecisionRecords.DefaultReviewMonths;

    /// <summary>A title; <c>null</c> = "Sourcing decision: NAME".</summary>
    public string? Title { get; init; }

    /// <summary>Who decides (names or roles); also the sign-off lines.</summary>
    public ImmutableArray<string> DecidedBy { get; init; } = [];

    /// <summary>The record's status, one of <see cref="DecisionStatuses.All"/>.</summary>
    public string Status { get; init; } = DecisionStatuses.Proposed;
}
