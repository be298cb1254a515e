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

    /// <summary>All decisions, the one due for review soonest first (so overdue ones lead).</summary>
    public async Task<List<DecisionEntity>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await db.Decisions.AsNoTracking()
            .OrderBy(d => d.ReviewBy).ThenBy(d => d.Id)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DecisionEntity?> FindAsync(string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out _)
            ? await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false)
            : null;

    public bool IsOverdue(DecisionEntity decision) => decision.ReviewBy < Today;
}
