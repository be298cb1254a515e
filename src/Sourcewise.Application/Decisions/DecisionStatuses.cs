using System.Collections.Immutable;

namespace Sourcewise.Application.Decisions;

/// <summary>The statuses of a decision record (MADR), the same for the <c>report</c> command and saved decisions.</summary>
public static class DecisionStatuses
{
    /// <summary>The status of a new record.</summary>
    public const string Proposed = "proposed";

    /// <summary>Every status, in the order they are listed.</summary>
    public static readonly ImmutableArray<string> All = [Proposed, "accepted", "rejected", "superseded"];

    /// <summary>Whether <paramref name="status"/> is one of <see cref="All"/> (exact).</summary>
    public static bool IsValid(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);
}
