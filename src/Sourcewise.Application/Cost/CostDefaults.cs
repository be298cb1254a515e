using System.Globalization;
using Sourcewise.CostModel;
using Sourcewise.Diagnostics;

namespace Sourcewise.Application.Cost;

/// <summary>The one set of defaults and limits of a cost simulation, whichever door it is asked through (the
/// <c>cost</c> and <c>report</c> commands, the API, the pages, a saved decision's document).</summary>
/// <remarks>The trial count is the <c>cost</c> command's default before the hosts were unified (Core's
/// <see cref="CostSimulationOptions.DefaultTrials"/>); before, <c>report</c> used 10,000, the API 20,000, the cost page
/// 5,000 and a saved decision's document 20,000.</remarks>
public static class CostDefaults
{
    /// <summary>Trials when none are asked for: 100,000.</summary>
    public const int Trials = CostSimulationOptions.DefaultTrials;

    /// <summary>The fewest trials accepted: 1.</summary>
    public const int MinTrials = 1;

    /// <summary>The most trials accepted: 10,000,000.</summary>
    public const int MaxTrials = CostSimulationOptions.MaxTrials;

    /// <summary>The seed of a decision record's cost section when none is given, so the same inputs give the same
    /// document. (A plain simulation without a seed draws one and reports it.)</summary>
    public const long RecordSeed = 1;

    /// <summary>Whether a trial count is within the limits.</summary>
    public static bool IsValidTrials(long trials) => trials is >= MinTrials and <= MaxTrials;

    /// <summary>The error for a trial count out of the limits, naming <paramref name="field"/>, or <c>null</c>.</summary>
    /// <param name="trials">The count asked for.</param>
    /// <param name="field">The option or field that gave it, e.g. <c>trials</c>.</param>
    public static Diagnostic? CheckTrials(long trials, string field = "trials") =>
        IsValidTrials(trials)
            ? null
            : Diagnostic.Error("invalid-value",
                string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {MinTrials} to {MaxTrials:N0}, got {trials}"),
                new SourceLocation(null, Field: field));

    /// <summary>The error for a negative seed, naming <paramref name="field"/>, or <c>null</c>.</summary>
    /// <param name="seed">The seed asked for.</param>
    /// <param name="field">The option or field that gave it, e.g. <c>seed</c>.</param>
    public static Diagnostic? CheckSeed(long? seed, string field = "seed") =>
        seed is < 0
            ? Diagnostic.Error("invalid-value", string.Create(CultureInfo.InvariantCulture, $"must be 0 or more, got {seed}"),
                new SourceLocation(null, Field: field))
            : null;
}
