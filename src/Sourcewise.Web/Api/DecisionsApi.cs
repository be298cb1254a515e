using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;
using Sourcewise.Web.Decisions;
using Sourcewise.Web.Hosting;

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
            .WithDescription("Assesses the profile and saves it with the assessment. `reviewBy` defaults to six months from today. " +
                             "Answers 201 only after the database committed the record.")
            .Accepts<DecisionRequestSchema>("application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        decisions.MapGet("/", ListAsync)
            .WithName("ListDecisions")
            .WithSummary("Saved decisions, a page at a time (newest first by default)")
            .WithDescription("A JSON array of saved decisions (each as `GET /api/decisions/{id}` answers it). Query: `sort` = " +
                             "`newest` (default: the newest first) or `review` (the one due for review soonest first, so overdue " +
                             $"ones lead); `limit` = decisions per page (1–{WorkLimits.MaxDecisionsPageSize}, default " +
                             "Sourcewise:Limits:DecisionsPageSize, 100); `cursor` = where the previous page ended. When there are " +
                             "more, the answer has a `Link: <…>; rel=\"next\"` header with the URL of the next page (also in " +
                             "`X-Next-Cursor`); follow it until there is none.")
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
        return api;
    }

    private static async Task<Results<JsonBytes, ProblemHttpResult>> CreateAsync(HttpRequest request,
        DecisionService service, ILogger<DecisionService> logger, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var input = DecisionInput.Parse(body.Value!);
        if (!input.Success)
        {
            return Problems.From(input.Diagnostics);
        }

        var saved = await service.CreateAsync(input.Value!, cancellationToken).ConfigureAwait(false);
        if (!saved.Success)
        {
            return Problems.From(saved.Diagnostics, "profile.");
        }

        WebLog.DecisionSaved(logger, saved.Value!.Id, saved.Value.ReviewBy);
        return new JsonBytes(DecisionJson.Write(saved.Value, service.Today), StatusCodes.Status201Created, $"/api/decisions/{saved.Value.Id}");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListAsync(string? sort, string? limit, string? cursor,
        HttpContext context, DecisionService service, IOptions<WorkLimits> limits, CancellationToken cancellationToken)
    {
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

        return TypedResults.File(DecisionJson.WriteList(items, service.Today), "application/json");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(string id, DecisionService service,
        CancellationToken cancellationToken)
    {
        var decision = await service.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return decision is null
            ? NotFound(id)
            : TypedResults.File(DecisionJson.Write(decision, service.Today), "application/json");
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
