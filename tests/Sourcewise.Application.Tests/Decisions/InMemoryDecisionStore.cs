using System.Collections.Concurrent;
using Sourcewise.Application.Decisions;

namespace Sourcewise.Application.Tests.Decisions;

/// <summary>An in-memory <see cref="IDecisionStore"/> for the use cases' tests (the web app's EF store is tested against
/// real SQLite and PostgreSQL in its own project).</summary>
internal sealed class InMemoryDecisionStore : IDecisionStore
{
    private readonly ConcurrentDictionary<string, SavedDecision> _decisions = new(StringComparer.Ordinal);

    public Task AddAsync(SavedDecision decision, CancellationToken cancellationToken)
    {
        _decisions.TryAdd(decision.Id, decision).ShouldBeTrue("ids are new");
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SavedDecision>> ListAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SavedDecision>>(
            [.. _decisions.Values.OrderBy(d => d.ReviewBy).ThenBy(d => d.Id, StringComparer.Ordinal).Take(limit)]);

    public Task<SavedDecision?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_decisions.GetValueOrDefault(id));
}
