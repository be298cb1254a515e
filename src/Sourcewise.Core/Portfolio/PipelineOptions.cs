namespace Sourcewise.Portfolio;

/// <summary>How <see cref="OrderedBatchPipeline"/> splits and bounds its work.</summary>
public sealed class PipelineOptions
{
    /// <summary>Items per batch (default 256).</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Batches read but not yet consumed, at most (default: two per processor, plus two).</summary>
    public int MaxBatchesInFlight { get; init; } = (2 * Environment.ProcessorCount) + 2;
}
