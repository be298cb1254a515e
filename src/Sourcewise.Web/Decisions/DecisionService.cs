using Microsoft.EntityFrameworkCore;
using Sourcewise.Diagnostics;
using Sourcewise.Web.Assessments;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Decisions;

/// <summary>Saves and reads decisions. A save returns only after the database committed it.</summary>
internal sealed class DecisionService(SourcewiseDbContext db, IAssessor assessor, TimeProvider time)
{
    public const int DefaultReviewMonths = 6;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<Result<DecisionEntity>> CreateAsync(DecisionInput input, CancellationToken cancellationToken)
    {
        var assessment = assessor.Assess(input.Profile, cancellationToken);
        if (!assessment.Success)
        {
            return Result<DecisionEntity>.Fail(assessment.Diagnostics);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var entity = new DecisionEntity
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("D"),
            Title = input.Title,
            ProfileJson = ProfileJson.Write(input.Profile),
            CostScenarioJson = input.CostScenarioJson,
            AssessmentJson = System.Text.Encoding.UTF8.GetString(assessment.Value!.Utf8Json),
            CreatedAt = now,
            ReviewBy = input.ReviewBy ?? DateOnly.FromDateTime(now).AddMonths(DefaultReviewMonths),
            Status = input.Status,
        };
        db.Decisions.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result<DecisionEntity>.Ok(entity);
    }

    /// <summary>One page of decisions in the query's order, and the cursor of the next page (<c>null</c> on the last).
    /// Keyset paging: a page is the same however many decisions come before it, and nothing is skipped or repeated
    /// when decisions are added meanwhile.</summary>
    public async Task<(List<DecisionEntity> Items, DecisionCursor? Next)> ListAsync(DecisionListQuery query, CancellationToken cancellationToken)
    {
        var decisions = db.Decisions.AsNoTracking();
        IQueryable<DecisionEntity> ordered;
        if (query.Order == DecisionOrder.Review)
        {
            if (query.After is { } after)
            {
                var day = DateOnly.FromDayNumber((int)after.Key);
                decisions = decisions.Where(d => d.ReviewBy > day || (d.ReviewBy == day && string.Compare(d.Id, after.Id) > 0));
            }

            ordered = decisions.OrderBy(d => d.ReviewBy).ThenBy(d => d.Id);
        }
        else
        {
            if (query.After is { } after)
            {
                var at = new DateTime(after.Key, DateTimeKind.Utc);
                decisions = decisions.Where(d => d.CreatedAt < at || (d.CreatedAt == at && string.Compare(d.Id, after.Id) < 0));
            }

            ordered = decisions.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id);
        }

        var items = await ordered.Take(query.Limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (items.Count <= query.Limit)
        {
            return (items, null);
        }

        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return (items, query.Order == DecisionOrder.Review
            ? new DecisionCursor(DecisionOrder.Review, last.ReviewBy.DayNumber, last.Id)
            : new DecisionCursor(DecisionOrder.Newest, DateTime.SpecifyKind(last.CreatedAt, DateTimeKind.Utc).Ticks, last.Id));
    }

    /// <summary>How many decisions are past their review date.</summary>
    public async Task<int> CountOverdueAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        return await db.Decisions.CountAsync(d => d.ReviewBy < today, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DecisionEntity?> FindAsync(string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out _)
            ? await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false)
            : null;

    public bool IsOverdue(DecisionEntity decision) => decision.ReviewBy < Today;
}
