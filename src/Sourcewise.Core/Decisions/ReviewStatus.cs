using System.Diagnostics.CodeAnalysis;

namespace Sourcewise.Decisions;

/// <summary>Where a saved decision stands, least urgent first (so a larger value wins).</summary>
public enum ReviewStatus
{
    /// <summary>Nothing to act on (<c>on-track</c>).</summary>
    OnTrack = 0,

    /// <summary>The review date has passed (<c>review-due</c>).</summary>
    ReviewDue = 1,

    /// <summary>What happens departs from what the decision assumed (<c>drifting</c>).</summary>
    Drifting = 2,

    /// <summary>The decision should be made again (<c>reopen</c>).</summary>
    Reopen = 3,
}

/// <summary>Public ids of <see cref="ReviewStatus"/>.</summary>
public static class ReviewStatuses
{
    /// <summary>The ids, most urgent first: <c>reopen</c>, <c>drifting</c>, <c>review-due</c>, <c>on-track</c>.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["reopen", "drifting", "review-due", "on-track"];

    /// <summary>The public id.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToId(this ReviewStatus status) => status switch
    {
        ReviewStatus.OnTrack => "on-track",
        ReviewStatus.ReviewDue => "review-due",
        ReviewStatus.Drifting => "drifting",
        ReviewStatus.Reopen => "reopen",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown review status."),
    };

    /// <summary>Parses a public id (exact). Never throws.</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out ReviewStatus? status)
    {
        status = id switch
        {
            "on-track" => ReviewStatus.OnTrack,
            "review-due" => ReviewStatus.ReviewDue,
            "drifting" => ReviewStatus.Drifting,
            "reopen" => ReviewStatus.Reopen,
            _ => null,
        };
        return status is not null;
    }

    /// <summary>Whether a decision in this status needs someone's attention (anything but on-track).</summary>
    public static bool NeedsAttention(this ReviewStatus status) => status != ReviewStatus.OnTrack;
}
