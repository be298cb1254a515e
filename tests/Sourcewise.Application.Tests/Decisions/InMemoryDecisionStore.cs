using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;

namespace Sourcewise.Application.Tests.Decisions;

/// <summary>An in-memory <see cref="IDecisionStore"/> for the use cases' tests (the web app's EF store is tested against
/// real SQLite and PostgreSQL in its own project).</summary>
internal sealed class InMemoryDecisionStore : IDecisionStore
{
    private readonly ConcurrentDictionary<string, SavedDecision> _decisions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<SavedRevision>> _revisions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SortedDictionary<YearMonth, MonthActual>> _actuals = new(StringComparer.Ordinal);

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

    public Task<DecisionDossier?> LoadAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_decisions.TryGetValue(id, out var decision) ? Dossier(decision) : null);

    public async IAsyncEnumerable<DecisionDossier> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var decision in _decisions.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            yield return Dossier(decision);
        }
    }

    public Task PutActualsAsync(string decisionId, IReadOnlyList<MonthActual> months, CancellationToken cancellationToken)
    {
        var actuals = _actuals.GetOrAdd(decisionId, _ => []);
        foreach (var month in months)
        {
            actuals[month.Month] = month;
        }

        return Task.CompletedTask;
    }

    public Task AddRevisionAsync(SavedRevision revision, CancellationToken cancellationToken)
    {
        _revisions.GetOrAdd(revision.DecisionId, _ => []).Add(revision);
        return Task.CompletedTask;
    }

    private DecisionDossier Dossier(SavedDecision decision) => new(decision,
        [.. _revisions.GetValueOrDefault(decision.Id) ?? []],
        _actuals.TryGetValue(decision.Id, out var actuals) ? [.. actuals.Values] : []);
}
