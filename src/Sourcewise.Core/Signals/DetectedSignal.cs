using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>A signal found in a document, with its evidence.</summary>
/// <param name="Definition">The signal.</param>
/// <param name="Evidence">The first sentences that carry it (at most <see cref="SignalDetector.MaxEvidence"/>).</param>
/// <param name="Occurrences">How many sentences carry it in all.</param>
public sealed record DetectedSignal(SignalDefinition Definition, ImmutableArray<SignalEvidence> Evidence, int Occurrences)
{
    /// <summary>The signal id.</summary>
    public string Id => Definition.Id;

    /// <summary>Whether every sentence that carries it is about optional extras ("additional services at the
    /// hourly rates"): such evidence does not outweigh the main price when the model is decided.</summary>
    public bool Ancillary { get; init; }
}
