using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Application;
using Sourcewise.Application.Portfolios;
using Sourcewise.Diagnostics;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Portfolios;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/portfolio</c>: many workstreams in, the portfolio JSON out (the bytes of
/// <c>sourcewise portfolio FILE --format json</c>), streamed as the rows are assessed.</summary>
internal static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder api)
    {
        api.MapPost("/portfolio", RunAsync)
            .WithName("Portfolio").WithTags("Portfolio")
            .WithSummary("Assess many workstreams")
            .WithDescription("Body: a JSON array of work profiles, `text/csv` (header = profile keys), or a multipart `file` " +
                             $"({PortfolioInputFormats.AcceptedList}). Answer: the portfolio JSON (workstreams, summary, findings, " +
                             "errors), as `sourcewise portfolio FILE --format json` prints it. A row that cannot be read is listed " +
                             "in `errors` with its position and every other row is still assessed, as on the command line; an " +
                             $"upload that cannot be read at all, has no rows or more than {UseCases.MaxPortfolioRows:N0} answers 400.")
            .Accepts<ProfileSchema[]>("application/json", "text/csv", "multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery()
            .AsHeavyWork();
        return api;
    }

    private static async Task<Results<PortfolioJsonResult, ProblemHttpResult>> RunAsync(HttpRequest request,
        AssessPortfolio assessPortfolio, CancellationToken cancellationToken)
    {
        var upload = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (!upload.Success)
        {
            return Problems.From(upload.Diagnostics, defaultField: "file");
        }

        // Every row is read once before anything is sent, so an unreadable upload, an empty one or one with too many
        // rows is still a 400; bad rows are the use case's to report in the answer.
        var opened = upload.Value!.Open();
        if (!opened.HasValue)
        {
            return Problems.From(opened, defaultField: "file");
        }

        Outcome<int> counted;
        using (opened.Value)
        {
            counted = assessPortfolio.CountRows(opened.Value, cancellationToken);
        }

        return counted.HasValue
            ? new PortfolioJsonResult(upload.Value, assessPortfolio)
            : Problems.From(counted, defaultField: "file");
    }

    /// <summary>The upload held in memory with a name and a format: a multipart <c>file</c> (read from the form's
    /// in-memory buffer, not copied), or the body itself.</summary>
    internal static async Task<Result<PortfolioUpload>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var formRead = await RequestBody.ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
            if (!formRead.Success)
            {
                return Result<PortfolioUpload>.Fail(formRead.Diagnostics);
            }

            if (formRead.Value!.Files.GetFile("file") is not { } file)
            {
                return Fail("file", "is required: attach the portfolio as the multipart field 'file'");
            }

            return PortfolioUpload.FromForm(file);
        }

        var bodyFormat = PortfolioInputFormats.FromMediaType(request.ContentType);
        if (bodyFormat is null or PortfolioInputFormat.Xlsx)
        {
            return Fail("body", "send a JSON array (application/json), CSV (text/csv), or a multipart 'file'");
        }

        var body = await RequestBody.ReadBytesAsync(request, Limits.PortfolioBody, cancellationToken).ConfigureAwait(false);
        return body.Success
            ? Result<PortfolioUpload>.Ok(PortfolioUpload.FromBytes(body.Value!, "body", bodyFormat.Value))
            : Result<PortfolioUpload>.Fail(body.Diagnostics);
    }

    private static Result<PortfolioUpload> Fail(string field, string message) =>
        Result<PortfolioUpload>.Fail(Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field)));
}
