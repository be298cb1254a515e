using Sourcewise.Decisions;

namespace Sourcewise.Application.Decisions;

/// <summary>Where saved decisions live, with their append-only revisions and their monthly actuals. The web app's EF
/// Core store (SQLite or PostgreSQL) implements it; tests use an in-memory one.</summary>
/// <remarks>Implementations must be safe to use from one request at a time (a scoped instance per request is enough).
/// Every write returns only after the store has committed it.</remarks>
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

    /// <summary>One decision with its revisions and actuals, or <c>null</c>.</summary>
    /// <param name="id">A well-formed id (checked by the caller).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<DecisionDossier?> LoadAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every decision with its revisions and actuals, in id order (creation order), read in batches.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<DecisionDossier> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>Stores months of actuals in one transaction: a month already there is replaced. Returns only after the
    /// store has committed them, or throws and stores none.</summary>
    /// <param name="decisionId">An existing decision.</param>
    /// <param name="months">The months (one entry per month).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task PutActualsAsync(string decisionId, IReadOnlyList<MonthActual> months, CancellationToken cancellationToken);

    /// <summary>Appends a revision; returns only after the store has committed it.</summary>
    /// <param name="revision">The revision of an existing decision.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AddRevisionAsync(SavedRevision revision, CancellationToken cancellationToken);
}
