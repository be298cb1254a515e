using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Diagnostics;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Portfolios;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/portfolio</c>: many workstreams in, the portfolio JSON out.</summary>
internal static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder api)
    {
        api.MapPost("/portfolio", RunAsync)
            .WithName("Portfolio").WithTags("Portfolio")
            .WithSummary("Assess many workstreams")
            .WithDescription("Body: a JSON array of work profiles, `text/csv` (header = profile keys), or a multipart `file` " +
                             "(CSV/XLSX/JSON/YAML). Answer: the portfolio JSON (workstreams, summary, findings). Any row that " +
                             "cannot be read answers 400 naming the row and field.")
            .Accepts<ProfileSchema[]>("application/json", "text/csv", "multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery()
            .AsHeavyWork();
        return api;
    }

    private static async Task<Results<PortfolioJsonResult, ProblemHttpResult>> RunAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        var upload = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (!upload.Success)
        {
            return Problems.From(upload.Diagnostics, defaultField: "file");
        }

        // Every row is read once before anything is sent, so a bad row is a 400 naming it, not a broken answer.
        var valid = PortfolioService.Validate(upload.Value!, cancellationToken);
        return valid.Success
            ? new PortfolioJsonResult(upload.Value!)
            : Problems.From(valid.Diagnostics, defaultField: "file");
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

            var form = formRead.Value!;
            if (form.Files.GetFile("file") is not { } file)
            {
                return Fail("file", "is required: attach the portfolio as the multipart field 'file'");
            }

            var format = PortfolioService.FormatOf(file.FileName, file.ContentType);
            if (format is null)
            {
                return Fail("file", $"'{file.FileName}' is not a portfolio: use .csv, .xlsx, .json or .yaml");
            }

            return file.Length > Limits.Upload
                ? Result<PortfolioUpload>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(Limits.Upload)} limit",
                    new SourceLocation(null, Field: "file")))
                : Result<PortfolioUpload>.Ok(new PortfolioUpload(file.OpenReadStream, Path.GetFileName(file.FileName), format));
        }

        var bodyFormat = PortfolioService.FormatOf(null, request.ContentType);
        if (bodyFormat is null or "xlsx")
        {
            return Fail("body", "send a JSON array (application/json), CSV (text/csv), or a multipart 'file'");
        }

        var body = await RequestBody.ReadBytesAsync(request, Limits.PortfolioBody, cancellationToken).ConfigureAwait(false);
        return body.Success
            ? Result<PortfolioUpload>.Ok(PortfolioUpload.FromBytes(body.Value!, "body", bodyFormat))
            : Result<PortfolioUpload>.Fail(body.Diagnostics);
    }

    private static Result<PortfolioUpload> Fail(string field, string message) =>
        Result<PortfolioUpload>.Fail(Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field)));
}
