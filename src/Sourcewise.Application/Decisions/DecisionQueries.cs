using Sourcewise.Diagnostics;

namespace Sourcewise.Application.Decisions;

/// <summary>Use cases: list saved decisions and read one.</summary>
/// <param name="store">Where decisions live.</param>
/// <param name="time">The clock (what "overdue" is measured against).</param>
public sealed class DecisionQueries(IDecisionStore store, TimeProvider time)
{
    /// <summary>The most decisions one list gives.</summary>
    public const int MaxListed = 1000;

    /// <summary>Today's date (UTC), by the clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Saved decisions, the one due for review soonest (so the overdue ones) first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Task<IReadOnlyList<SavedDecision>> ListAsync(CancellationToken cancellationToken) =>
        store.ListAsync(MaxListed, cancellationToken);

    /// <summary>One decision; not found (naming <c>id</c>) when the id is malformed or unknown.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Outcome<SavedDecision>> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var decision = Guid.TryParse(id, out _) ? await store.FindAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return decision is null
            ? Outcome<SavedDecision>.NotFound(Diagnostic.Error("not-found", $"no decision '{id}'", new SourceLocation(null, Field: "id")))
            : Outcome<SavedDecision>.Ok(decision);
    }

    /// <summary>Whether a decision's review date has passed.</summary>
    public bool IsOverdue(SavedDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.ReviewBy < Today;
    }
}
