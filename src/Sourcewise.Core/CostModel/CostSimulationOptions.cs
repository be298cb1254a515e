namespace Sourcewise.CostModel;

/// <summary>How to run a simulation. Immutable.</summary>
public sealed record CostSimulationOptions
{
    /// <summary>The most trials accepted.</summary>
    public const int MaxTrials = 10_000_000;

    /// <summary>The default number of trials.</summary>
    public const int DefaultTrials = 100_000;

    /// <summary>Trials to run, 1–<see cref="MaxTrials"/> (default 100,000).</summary>
    public int Trials { get; init; } = DefaultTrials;

    /// <summary>The seed; <c>null</c> draws one (reported in the result).</summary>
    public long? Seed { get; init; }

    /// <summary>Receives the share of trials done (0–1), from worker threads.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Threads to use; <c>null</c> uses every core. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Trials per one-at-a-time driver run (capped at <see cref="Trials"/>); 0 skips the drivers.</summary>
    public int DriverTrials { get; init; } = 10_000;
}
