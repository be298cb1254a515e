namespace Sourcewise.Application.Decisions;

/// <summary>Where saved decisions live. The web app's EF Core store (SQLite or PostgreSQL) implements it; tests use an
/// in-memory one.</summary>
/// <remarks>Implementations must be safe to use from one request at a time (a scoped instance per request is enough).</remarks>
public interface IDecisionStore
{
    /// <summary>Stores a new decision; returns only after the store has committed it.</summary>
    /// <param name="decision">The decision (its id is new).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AddAsync(SavedDecision decision, CancellationToken cancellationToken);

    /// <summary>Decisions, the one due for review soonest first, then by id; at most <paramref name="limit"/>.</summary>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<SavedDecision>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>One decision by its id, or <c>null</c>.</summary>
    /// <param name="id">A well-formed id (checked by the caller).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<SavedDecision?> FindAsync(string id, CancellationToken cancellationToken);
}
