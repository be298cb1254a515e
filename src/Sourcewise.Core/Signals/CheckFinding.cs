using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>A finding of the proposal check: why it fired, the evidence (or the absence) and what to ask for.</summary>
/// <param name="Id">The public finding id.</param>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="Message">Why the finding fired, in plain words.</param>
/// <param name="Ask">What to ask the vendor to change.</param>
/// <param name="Evidence">The sentences that triggered it; empty when an absence triggered it.</param>
/// <param name="Signals">The ids of the signals that triggered it (present or missing).</param>
public sealed record CheckFinding(
    string Id,
    FindingSeverity Severity,
    string Message,
    string Ask,
    ImmutableArray<SignalEvidence> Evidence,
    ImmutableArray<string> Signals);
