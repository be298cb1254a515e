using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Sourcewise.Application.Assess;
using Sourcewise.Decisions;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Application.Decisions;

/// <summary>The format of an actuals upload.</summary>
public enum ActualsFormat
{
    /// <summary><c>{ "months": [ … ] }</c>.</summary>
    Json,

    /// <summary>CSV with a header row.</summary>
    Csv,
}

/// <summary>A decision and its review.</summary>
/// <param name="Decision">The decision as saved.</param>
/// <param name="Review">Its review today.</param>
public sealed record ReviewedDecision(SavedDecision Decision, DecisionReview Review);

/// <summary>Use cases of living decisions: review a saved decision against its actuals and its current answers, record
/// actuals, change an answer (a new revision, never an overwrite), review them all, list them by status.</summary>
/// <param name="store">Where decisions live.</param>
/// <param name="assessor">Assesses the current answers.</param>
/// <param name="time">The clock (today, for the review date; the time of a revision).</param>
/// <param name="reviewer">The review engine; <c>null</c> = <see cref="DecisionReviewer.Default"/>.</param>
public sealed class DecisionReviews(IDecisionStore store, IWorkstreamAssessor assessor, TimeProvider time, DecisionReviewer? reviewer = null)
{
    private readonly DecisionReviewer _reviewer = reviewer ?? DecisionReviewer.Default;

    /// <summary>Today's date (UTC), by the clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The review of one decision; not found for an unknown id.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ReviewedDecision>> ReviewAsync(string id, CancellationToken cancellationToken)
    {
        var dossier = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return dossier.HasValue
            ? Outcome<ReviewedDecision>.Ok(new ReviewedDecision(dossier.Value!.Decision, Review(dossier.Value, cancellationToken)))
            : dossier.Fail<ReviewedDecision>();
    }

    /// <summary>Reads months of actuals and stores them (a month already there is replaced), all or nothing; answers the
    /// review after. Invalid (nothing stored) when any row is bad or a month is before the start or after this month.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="text">The upload.</param>
    /// <param name="format">Its format.</param>
    /// <param name="name">Its name (a file name, or <c>body</c>), for messages.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ReviewedDecision>> RecordActualsAsync(string id, string text, ActualsFormat format, string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dossier = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (!dossier.HasValue)
        {
            return dossier.Fail<ReviewedDecision>();
        }

        var read = format == ActualsFormat.Csv ? ActualsReader.ReadCsv(text, name) : ActualsReader.ReadJson(text, name);
        if (!read.Success)
        {
            return Outcome<ReviewedDecision>.Invalid(read.Diagnostics);
        }

        var months = read.Value!;
        var start = Assumptions(dossier.Value!.Decision).Start;
        var thisMonth = YearMonth.From(Today);
        var errors = new List<Diagnostic>();
        for (var i = 0; i < months.Count && errors.Count < 20; i++)
        {
            var where = format == ActualsFormat.Csv ? $"data row {i + 1}" : $"months[{i}]";
            if (months[i].Month < start)
            {
                errors.Add(Error(name, format == ActualsFormat.Csv ? "month" : $"months[{i}].month",
                    $"{where}: {months[i].Month} is before the engagement's start {start}"));
            }
            else if (months[i].Month > thisMonth)
            {
                errors.Add(Error(name, format == ActualsFormat.Csv ? "month" : $"months[{i}].month",
                    $"{where}: {months[i].Month} has not happened yet (this month is {thisMonth})"));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<ReviewedDecision>.Invalid(errors);
        }

        await store.PutActualsAsync(dossier.Value.Decision.Id, months, cancellationToken).ConfigureAwait(false);
        return await ReviewAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes answers of the decision's work profile: <paramref name="json"/> is an object with the keys that
    /// changed (a key set to <c>null</c> makes the answer unknown). When anything changed a revision is appended with the
    /// new assessment's recommendation; the previous profile and assessment stay. Answers the review after.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="json">The changed answers.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ReviewedDecision>> ChangeProfileAsync(string id, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var dossier = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (!dossier.HasValue)
        {
            return dossier.Fail<ReviewedDecision>();
        }

        var currentJson = dossier.Value!.Revisions.Count > 0 ? dossier.Value.Revisions[^1].ProfileJson : dossier.Value.Decision.ProfileJson;
        var merged = Merge(currentJson, json);
        if (!merged.Success)
        {
            return Outcome<ReviewedDecision>.Invalid(merged.Diagnostics);
        }

        var profile = WorkProfileReader.ReadText(merged.Value!, "profile");
        if (!profile.Success)
        {
            return Outcome<ReviewedDecision>.Invalid(profile.Diagnostics.Where(d => d.IsError).ToList());
        }

        var current = WorkProfileReader.ReadText(currentJson, "profile");
        if (!current.Success)
        {
            return Outcome<ReviewedDecision>.Invalid(current.Diagnostics);
        }

        var changes = Reassessments.Changes(current.Value!, profile.Value!).Select(c => $"{c.Factor}: {Shown(c.From)} → {Shown(c.To)}").ToList();
        if (current.Value!.Name != profile.Value!.Name)
        {
            changes.Insert(0, $"name: {current.Value.Name} → {profile.Value.Name}");
        }

        if (changes.Count > 0)
        {
            var recommendation = assessor.Assess(profile.Value, cancellationToken).Recommendation;
            await store.AddRevisionAsync(new SavedRevision(dossier.Value.Decision.Id, time.GetUtcNow(), string.Join("; ", changes),
                WorkProfileJson.Write(profile.Value), recommendation), cancellationToken).ConfigureAwait(false);
        }

        return await ReviewAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every decision reviewed, in creation order.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async IAsyncEnumerable<ReviewedDecision> ReviewAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var dossier in store.LoadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ReviewedDecision(dossier.Decision, Review(dossier, cancellationToken));
        }
    }

    /// <summary>Decisions with their reviews, most urgent first (reopen, drifting, review-due, on-track; then the one due
    /// for review soonest), only those in <paramref name="status"/> when given; at most <paramref name="limit"/>.</summary>
    /// <param name="status">The status to keep, or <c>null</c> for all.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<IReadOnlyList<ReviewedDecision>> ListAsync(ReviewStatus? status, int limit, CancellationToken cancellationToken)
    {
        var all = new List<ReviewedDecision>();
        await foreach (var reviewed in ReviewAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (status is null || reviewed.Review.Status == status)
            {
                all.Add(reviewed);
            }
        }

        return [.. MostUrgentFirst(all).Take(limit)];
    }

    /// <summary>Orders reviewed decisions most urgent first: by status, then the review date, then the id.</summary>
    public static IEnumerable<ReviewedDecision> MostUrgentFirst(IEnumerable<ReviewedDecision> decisions) =>
        decisions.OrderByDescending(d => d.Review.Status).ThenBy(d => d.Decision.ReviewBy).ThenBy(d => d.Decision.Id, StringComparer.Ordinal);

    /// <summary>Reviews a loaded decision (no I/O).</summary>
    /// <param name="dossier">The decision, its revisions and actuals.</param>
    /// <param name="cancellationToken">Cancels the re-assessment.</param>
    public DecisionReview Review(DecisionDossier dossier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var decision = dossier.Decision;
        var frozen = Assumptions(decision);
        Reassessment? reassessment = null;
        if (dossier.Revisions.Count > 0
            && WorkProfileReader.ReadText(decision.ProfileJson, "profile") is { Success: true } original
            && WorkProfileReader.ReadText(dossier.Revisions[^1].ProfileJson, "profile") is { Success: true } current)
        {
            reassessment = Reassessments.Reassess(p => assessor.Assess(p, cancellationToken).Recommendation, original.Value!,
                frozen.Recommendation, current.Value!);
        }

        var decided = frozen.ChosenAgainstRecommendation
            ? $"Decided: {frozen.Chosen.ToId()}, against the recommendation ({frozen.Recommendation})"
            : $"Decided: {frozen.Chosen.ToId()}, as recommended";
        List<DecisionRevision> history = [new(decision.CreatedAt, decided, frozen.Recommendation),
            .. dossier.Revisions.Select(r => new DecisionRevision(r.At, r.Change, r.Recommendation))];
        var band = frozen.Cost?.BandOf(frozen.Chosen) ?? [];
        var under = new DecisionUnderReview
        {
            Id = decision.Id,
            ChosenModel = frozen.Chosen,
            Start = frozen.Start,
            ReviewBy = decision.ReviewBy,
            Band = band,
            ExpectedChangeRequestsPerMonth = frozen.Chosen == EngagementModel.ProjectOutsourcing ? frozen.Cost?.ExpectedChangeRequestsPerMonth : null,
            AssumedAttritionPerHeadPerYear = frozen.Chosen == EngagementModel.StaffAugmentation ? frozen.Cost?.AttritionPerHeadPerYear : null,
            PlannedHeadcount = frozen.Chosen == EngagementModel.StaffAugmentation ? frozen.Cost?.PlannedHeadcount : null,
            Reassessment = reassessment,
            History = history,
        };
        return _reviewer.Review(under, dossier.Actuals, Today);
    }

    /// <summary>What a decision was made on: its frozen assumptions, or for a decision saved before they were kept, the
    /// stored recommendation (its best fit when it was a close call) as the choice, the month it was saved as the
    /// start, and no cost band.</summary>
    public static FrozenAssumptions Assumptions(SavedDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.FrozenJson is { } json && FrozenAssumptions.Read(json) is { } frozen)
        {
            return frozen;
        }

        string recommendation = "close-call", bestFit = EngagementModels.StaffAugmentationId;
        try
        {
            using var document = JsonDocument.Parse(decision.AssessmentJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("recommendation", out var r) && r.ValueKind == JsonValueKind.String)
                {
                    recommendation = r.GetString()!;
                }

                if (document.RootElement.TryGetProperty("bestFit", out var b) && b.ValueKind == JsonValueKind.String)
                {
                    bestFit = b.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // A stored assessment that does not read: keep the defaults.
        }

        var chosen = EngagementModels.TryParse(decision.ChosenModel, out var c) ? c.Value
            : EngagementModels.TryParse(recommendation, out var rec) ? rec.Value
            : EngagementModels.TryParse(bestFit, out var best) ? best.Value
            : EngagementModel.StaffAugmentation;
        var start = YearMonth.TryParse(decision.Start, out var s) ? s : YearMonth.From(DateOnly.FromDateTime(decision.CreatedAt.UtcDateTime));
        return new FrozenAssumptions(chosen, recommendation, start, null);
    }

    private async Task<Outcome<DecisionDossier>> LoadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dossier = Guid.TryParse(id, out _) ? await store.LoadAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return dossier is null
            ? Outcome<DecisionDossier>.NotFound(Diagnostic.Error("not-found", $"no decision '{id}'", new SourceLocation(null, Field: "id")))
            : Outcome<DecisionDossier>.Ok(dossier);
    }

    /// <summary>The current profile JSON with the changed keys laid over it.</summary>
    private static Result<string> Merge(string currentJson, string changesJson)
    {
        JsonDocument changes;
        try
        {
            changes = JsonDocument.Parse(changesJson, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return Result<string>.Fail(Error(null, "body", $"is not valid JSON: {e.Message}"));
        }

        using (changes)
        using (var current = JsonDocument.Parse(currentJson))
        {
            if (changes.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result<string>.Fail(Error(null, "body", "must be a JSON object with the answers that changed, e.g. { \"leadershipBandwidth\": \"low\" }"));
            }

            if (!changes.RootElement.EnumerateObject().Any())
            {
                return Result<string>.Fail(Error(null, "body", "names no answer to change"));
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                var changed = changes.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var property in current.RootElement.EnumerateObject().Where(p => !changed.Contains(p.Name)))
                {
                    property.WriteTo(writer);
                }

                foreach (var property in changes.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                {
                    property.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            return Result<string>.Ok(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static string Shown(object? value) => value switch
    {
        null => "unknown",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Diagnostic Error(string? file, string field, string message) =>
        Diagnostic.Error("invalid-value", message, new SourceLocation(file, Field: field));
}
