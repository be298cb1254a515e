using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sourcewise.Application;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;
using Sourcewise.Web.Decisions;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Api;

/// <summary>Saved decisions: create, list, read, and download as a decision document.</summary>
internal static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags("Decisions");
        decisions.MapPost("/", CreateAsync)
            .WithName("CreateDecision")
            .WithSummary("Save a decision")
            .WithDescription("Assesses the profile and saves it with the assessment. `reviewBy` defaults to six months from today; " +
                             "`chosen` (a model id) to the recommendation; `start` (YYYY-MM, the engagement's first month) to this " +
                             "month. With a `costScenario` it is simulated now (seed `seed`, default 1) and every option's cumulative " +
                             "band is frozen with the decision. `contractCheck` attaches the JSON answer of POST /api/check. " +
                             "Answers 201 only after the database committed the record.")
            .Accepts<DecisionRequestSchema>("application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        decisions.MapGet("/", ListAsync)
            .WithName("ListDecisions")
            .WithSummary("Saved decisions, a page at a time (newest first by default), or those with a review status")
            .WithDescription("A JSON array of saved decisions (each as `GET /api/decisions/{id}` answers it). Query: `sort` = " +
                             "`newest` (default: the newest first) or `review` (the one due for review soonest first, so overdue " +
                             $"ones lead); `limit` = decisions per page (1–{WorkLimits.MaxDecisionsPageSize}, default " +
                             "Sourcewise:Limits:DecisionsPageSize, 100); `cursor` = where the previous page ended. When there are " +
                             "more, the answer has a `Link: <…>; rel=\"next\"` header with the URL of the next page (also in " +
                             "`X-Next-Cursor`); follow it until there is none. With `status` = on-track, drifting, reopen or " +
                             "review-due: the decisions with that review status, most urgent first (each with its `review`), up to `limit`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        decisions.MapGet("/{id}", GetAsync)
            .WithName("GetDecision")
            .WithSummary("One saved decision")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        decisions.MapGet("/{id}/report", ReportAsync)
            .WithName("GetDecisionReport")
            .WithSummary("The decision document: format=markdown|html|docx|pdf (default markdown)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "text/markdown", "text/html",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AsHeavyWork();
        decisions.MapPost("/{id}/actuals", ActualsAsync)
            .WithName("RecordDecisionActuals")
            .WithSummary("Record monthly actuals (JSON or text/csv); a month sent again replaces that month")
            .WithDescription("All or nothing: a bad row answers 400 naming its row and column (CSV) or field (JSON) and stores " +
                             "nothing. Months must be YYYY-MM, not before the decision's start, not after this month; spend ≥ 0. " +
                             "Answers the review.")
            .Accepts<ActualsRequestSchema>("application/json", "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        decisions.MapPatch("/{id}/profile", ChangeProfileAsync)
            .WithName("ChangeDecisionProfile")
            .WithSummary("Change work-profile answers; the previous profile and assessment stay in the history")
            .Accepts<ProfileSchema>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        decisions.MapGet("/{id}/review", ReviewAsync)
            .WithName("GetDecisionReview")
            .WithSummary("The review: on-track, drifting, reopen or review-due, with every reason")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<JsonBytes, ProblemHttpResult>> ActualsAsync(string id, HttpRequest request, DecisionReviews reviews,
        CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var csv = request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
        var reviewed = await reviews.RecordActualsAsync(id, body.Value!, csv ? ActualsFormat.Csv : ActualsFormat.Json, csv ? "csv" : "body",
            cancellationToken).ConfigureAwait(false);
        return Answer(reviewed);
    }

    private static async Task<Results<JsonBytes, ProblemHttpResult>> ChangeProfileAsync(string id, HttpRequest request, DecisionReviews reviews,
        CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        return Answer(await reviews.ChangeProfileAsync(id, body.Value!, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<JsonBytes, ProblemHttpResult>> ReviewAsync(string id, DecisionReviews reviews,
        CancellationToken cancellationToken) =>
        Answer(await reviews.ReviewAsync(id, cancellationToken).ConfigureAwait(false));

    private static Results<JsonBytes, ProblemHttpResult> Answer(Outcome<ReviewedDecision> outcome) => outcome.Status switch
    {
        OutcomeStatus.Ok or OutcomeStatus.Partial => new JsonBytes(DecisionReviewJson.Write(outcome.Value!)),
        OutcomeStatus.NotFound => NotFound(outcome.Diagnostics[0].Message.Replace("no decision '", "", StringComparison.Ordinal).TrimEnd('\'')),
        _ => Problems.From(outcome.Diagnostics),
    };

    private static async Task<Results<JsonBytes, ProblemHttpResult>> CreateAsync(HttpRequest request,
        SaveDecision save, DecisionService service, ILogger<DecisionService> logger, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var input = NewDecisionReader.Read(body.Value!);
        if (!input.Success)
        {
            return Problems.From(input.Diagnostics);
        }

        var saved = await save.SaveAsync(input.Value!, cancellationToken).ConfigureAwait(false);
        if (!saved.HasValue)
        {
            return Problems.From(saved.Diagnostics);
        }

        // Dates in the log are ISO 8601 like everything else Sourcewise writes, whatever the server's culture.
        WebLog.DecisionSaved(logger, saved.Value!.Id, saved.Value.ReviewBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new JsonBytes(SavedDecisionJson.Write(saved.Value, service.Today), StatusCodes.Status201Created, $"/api/decisions/{saved.Value.Id}");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListAsync(string? sort, string? limit, string? cursor,
        string? status, HttpContext context, DecisionService service, DecisionReviews reviews, IOptions<WorkLimits> limits,
        CancellationToken cancellationToken)
    {
        if (status is not null)
        {
            if (!ReviewStatuses.TryParse(status, out var wanted))
            {
                return Problems.Field("status", $"must be one of: {string.Join(", ", ReviewStatuses.Ids)}");
            }

            var size = limits.Value.DecisionsPageSize;
            if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out size) || size < 1 || size > WorkLimits.MaxDecisionsPageSize))
            {
                return Problems.Field("limit", $"must be a whole number from 1 to {WorkLimits.MaxDecisionsPageSize}");
            }

            var listed = await reviews.ListAsync(wanted, size, cancellationToken).ConfigureAwait(false);
            return TypedResults.File(SavedDecisionJson.WriteList(listed.Select(r => r.Decision), reviews.Today,
                listed.ToDictionary(r => r.Decision.Id, r => r, StringComparer.Ordinal)), "application/json");
        }

        var query = DecisionListQuery.Parse(sort, limit, cursor, limits.Value.DecisionsPageSize, WorkLimits.MaxDecisionsPageSize);
        if (!query.Success)
        {
            return Problems.From(query.Diagnostics);
        }

        var (items, next) = await service.ListAsync(query.Value!, cancellationToken).ConfigureAwait(false);
        if (next is not null)
        {
            var url = $"{context.Request.PathBase}/api/decisions?sort={query.Value!.SortName}&limit={query.Value.Limit}&cursor={next.Encode()}";
            context.Response.Headers.Link = $"<{url}>; rel=\"next\"";
            context.Response.Headers["X-Next-Cursor"] = next.Encode();
        }

        return TypedResults.File(SavedDecisionJson.WriteList(items.Select(EfDecisionStore.FromEntity), service.Today), "application/json");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(string id, DecisionService service,
        CancellationToken cancellationToken)
    {
        var decision = await service.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return decision is null
            ? NotFound(id)
            : TypedResults.File(SavedDecisionJson.Write(EfDecisionStore.FromEntity(decision), service.Today), "application/json");
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportAsync(string id, string? format,
        DecisionService service, CancellationToken cancellationToken)
    {
        var reportFormat = ReportFormat.Markdown;
        if (format is not null && !ReportRenderer.TryParseFormat(format, out reportFormat))
        {
            return Problems.Field("format", $"unknown format '{format}'; accepted: markdown, html, docx, pdf");
        }

        var decision = await service.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (decision is null)
        {
            return NotFound(id);
        }

        var rendered = DecisionReports.Render(decision, reportFormat);
        return rendered.Success
            ? TypedResults.File(rendered.Value!, ReportRenderer.ContentType(reportFormat), DecisionReports.FileName(decision, reportFormat))
            : Problems.From(rendered.Diagnostics);
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"id: no decision '{id}'");
}
