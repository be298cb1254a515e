using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Diagnostics;
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
            .DisableAntiforgery();
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RunAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        var upload = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (!upload.Success)
        {
            return Problems.From(upload.Diagnostics, defaultField: "file");
        }

        var (content, name, format) = upload.Value;
        var run = await Task.Run(() => PortfolioService.Run(content, name, format, cancellationToken), cancellationToken).ConfigureAwait(false);
        return run.Success
            ? TypedResults.File(run.Value!.Utf8Json, "application/json")
            : Problems.From(run.Diagnostics, defaultField: "file");
    }

    /// <summary>The upload as bytes with a name and a format: a multipart <c>file</c>, or the body itself.</summary>
    internal static async Task<Result<(byte[] Content, string Name, string Format)>> ReadAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var formRead = await RequestBody.ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
            if (!formRead.Success)
            {
                return Result<(byte[], string, string)>.Fail(formRead.Diagnostics);
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

            var bytes = await RequestBody.ReadFileAsync(file, Limits.Upload, cancellationToken).ConfigureAwait(false);
            return bytes.Success
                ? Result<(byte[], string, string)>.Ok((bytes.Value!, Path.GetFileName(file.FileName), format))
                : Result<(byte[], string, string)>.Fail(bytes.Diagnostics);
        }

        var bodyFormat = PortfolioService.FormatOf(null, request.ContentType);
        if (bodyFormat is null or "xlsx")
        {
            return Fail("body", "send a JSON array (application/json), CSV (text/csv), or a multipart 'file'");
        }

        if (request.ContentLength > Limits.PortfolioBody)
        {
            return Result<(byte[], string, string)>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(Limits.PortfolioBody)} limit"));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Limits.PortfolioBody)
            {
                return Result<(byte[], string, string)>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(Limits.PortfolioBody)} limit"));
            }

            buffer.Write(chunk, 0, read);
        }

        return Result<(byte[], string, string)>.Ok((buffer.ToArray(), "body", bodyFormat));
    }

    private static Result<(byte[], string, string)> Fail(string field, string message) =>
        Result<(byte[], string, string)>.Fail(Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field)));
}
