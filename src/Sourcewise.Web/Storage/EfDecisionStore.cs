using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;

namespace Sourcewise.Web.Storage;

/// <summary>The decision store over EF Core (SQLite or PostgreSQL). Every write commits before it returns (SQLite runs
/// with <c>synchronous=FULL</c>, see <see cref="SqlitePragmas"/>); actuals are written in one transaction.</summary>
internal sealed class EfDecisionStore(SourcewiseDbContext db) : IDecisionStore
{
    /// <summary>Decisions read per batch by <see cref="LoadAllAsync"/>.</summary>
    public const int BatchSize = 500;

    public async Task AddAsync(SavedDecision decision, CancellationToken cancellationToken)
    {
        db.Decisions.Add(ToEntity(decision));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<SavedDecision>> ListAsync(int limit, CancellationToken cancellationToken) =>
        [.. (await db.Decisions.AsNoTracking().OrderBy(d => d.ReviewBy).ThenBy(d => d.Id).Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(FromEntity)];

    public async Task<SavedDecision?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false) is { } entity
            ? FromEntity(entity)
            : null;

    public async Task<DecisionDossier?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        if (decision is null)
        {
            return null;
        }

        var revisions = await db.DecisionRevisions.AsNoTracking().Where(r => r.DecisionId == id).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var actuals = await db.DecisionActuals.AsNoTracking().Where(a => a.DecisionId == id).OrderBy(a => a.Month)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DecisionDossier(FromEntity(decision), [.. revisions.Select(FromEntity)], [.. actuals.Select(FromEntity)]);
    }

    public async IAsyncEnumerable<DecisionDossier> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var query = db.Decisions.AsNoTracking();
            if (after is not null)
            {
                query = query.Where(d => string.Compare(d.Id, after) > 0);
            }

            var batch = await query.OrderBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                yield break;
            }

            var first = batch[0].Id;
            var last = batch[^1].Id;
            // Range queries (not IN lists) keep the SQL small for any batch size.
            var revisions = (await db.DecisionRevisions.AsNoTracking()
                    .Where(r => string.Compare(r.DecisionId, first) >= 0 && string.Compare(r.DecisionId, last) <= 0)
                    .OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(r => r.DecisionId, StringComparer.Ordinal);
            var actuals = (await db.DecisionActuals.AsNoTracking()
                    .Where(a => string.Compare(a.DecisionId, first) >= 0 && string.Compare(a.DecisionId, last) <= 0)
                    .OrderBy(a => a.Month).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(a => a.DecisionId, StringComparer.Ordinal);
            foreach (var decision in batch)
            {
                yield return new DecisionDossier(FromEntity(decision), [.. revisions[decision.Id].Select(FromEntity)],
                    [.. actuals[decision.Id].Select(FromEntity)]);
            }

            after = last;
            if (batch.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    public async Task PutActualsAsync(string decisionId, IReadOnlyList<MonthActual> months, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var keys = months.Select(m => m.Month.ToString()).ToList();
            var existing = await db.DecisionActuals.Where(a => a.DecisionId == decisionId && keys.Contains(a.Month))
                .ToDictionaryAsync(a => a.Month, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            foreach (var month in months)
            {
                var key = month.Month.ToString();
                if (!existing.TryGetValue(key, out var entity))
                {
                    entity = new DecisionActualEntity { DecisionId = decisionId, Month = key };
                    db.DecisionActuals.Add(entity);
                }

                entity.Spend = month.Spend;
                entity.Headcount = month.Headcount;
                entity.ChangeRequests = month.ChangeRequests;
                entity.SlaBreaches = month.SlaBreaches;
                entity.Attrition = month.Attrition;
                entity.Note = month.Note;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    public async Task AddRevisionAsync(SavedRevision revision, CancellationToken cancellationToken)
    {
        db.DecisionRevisions.Add(new DecisionRevisionEntity
        {
            DecisionId = revision.DecisionId,
            At = revision.At.UtcDateTime,
            Change = revision.Change,
            ProfileJson = revision.ProfileJson,
            Recommendation = revision.Recommendation,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    public static DecisionEntity ToEntity(SavedDecision decision) => new()
    {
        Id = decision.Id,
        Title = decision.Title,
        Status = decision.Status,
        CreatedAt = decision.CreatedAt.UtcDateTime,
        ReviewBy = decision.ReviewBy,
        ProfileJson = decision.ProfileJson,
        CostScenarioJson = decision.CostScenarioJson,
        AssessmentJson = decision.AssessmentJson,
        ChosenModel = decision.ChosenModel,
        StartMonth = decision.Start,
        FrozenJson = decision.FrozenJson,
        ContractCheckJson = decision.ContractCheckJson,
    };

    public static SavedDecision FromEntity(DecisionEntity entity) => new(
        entity.Id,
        entity.Title,
        entity.Status,
        new DateTimeOffset(DateTime.SpecifyKind(entity.CreatedAt, DateTimeKind.Utc)),
        entity.ReviewBy,
        entity.ProfileJson,
        entity.CostScenarioJson,
        entity.AssessmentJson,
        entity.ChosenModel,
        entity.StartMonth,
        entity.FrozenJson,
        entity.ContractCheckJson);

    private static SavedRevision FromEntity(DecisionRevisionEntity entity) => new(entity.DecisionId,
        new DateTimeOffset(DateTime.SpecifyKind(entity.At, DateTimeKind.Utc)), entity.Change, entity.ProfileJson, entity.Recommendation);

    private static MonthActual FromEntity(DecisionActualEntity entity) => new(
        YearMonth.TryParse(entity.Month, out var month) ? month : default, entity.Spend, entity.Headcount, entity.ChangeRequests,
        entity.SlaBreaches, entity.Attrition, entity.Note);
}
