using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Web.Checks;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/check</c>: a proposal or contract in, the proposal check JSON out.</summary>
internal static class CheckApi
{
    public static RouteGroupBuilder MapCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/check", CheckAsync)
            .WithName("Check").WithTags("Check")
            .WithSummary("Check a proposal, SOW or contract")
            .WithDescription("Multipart form: `file` (.txt .md .html .docx .pdf, or an answered questionnaire .yaml) and optional " +
                             "`claimed` (a model id). Answer: the proposal check JSON (claimed and actual model, signals with " +
                             "evidence by page and line, findings). The upload is processed in memory and not kept.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery()
            .AsHeavyWork();
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CheckAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Field("file", "send the document as the multipart/form-data field 'file'");
        }

        var read = await RequestBody.ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
        if (!read.Success)
        {
            return Problems.From(read.Diagnostics, defaultField: "file");
        }

        var form = read.Value!;
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.Field("file", "is required: attach the document as the multipart field 'file'");
        }

        EngagementModel? claimed = null;
        var claimedText = form["claimed"].ToString();
        if (claimedText.Length > 0)
        {
            if (!EngagementModels.TryParse(claimedText, out var model))
            {
                return Problems.Field("claimed", $"unknown model '{claimedText}'; accepted: {string.Join(", ", EngagementModels.Ids)}");
            }

            claimed = model;
        }

        if (file.Length > Limits.Upload)
        {
            return Problems.From([RequestBody.FileTooLarge(Limits.Upload)], defaultField: "file");
        }

        await using var content = file.OpenReadStream();
        var run = await CheckService.CheckAsync(content, Path.GetFileName(file.FileName), claimed, cancellationToken).ConfigureAwait(false);
        return run.Success
            ? TypedResults.File(run.Value!.Utf8Json, "application/json")
            : Problems.From(run.Diagnostics, defaultField: "file");
    }
}
