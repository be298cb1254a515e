using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Application;
using Sourcewise.Application.Check;
using Sourcewise.Application.Output;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Checks;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/check</c>: a proposal or contract in, the proposal check JSON out (the bytes of
/// <c>sourcewise check FILE --format json</c> for a file of the same name).</summary>
internal static class CheckApi
{
    public static RouteGroupBuilder MapCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/check", CheckAsync)
            .WithName("Check").WithTags("Check")
            .WithSummary("Check a proposal, SOW or contract")
            .WithDescription($"Multipart form: `file` ({CheckProposal.AcceptedList}: a document, or an answered questionnaire) " +
                             "and optional `claimed` (a model id). Answer: the proposal check JSON (claimed and actual model, " +
                             "signals with evidence by page and line, findings). The upload is processed in memory and not kept.")
            .Accepts<CheckFormSchema>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery()
            .AsHeavyWork();
        return api;
    }

    private static async Task<Results<JsonAnswer<CheckSchema>, ProblemHttpResult>> CheckAsync(HttpRequest request,
        CheckProposal checkProposal, CancellationToken cancellationToken)
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

        var checkedUpload = await CheckUploadAsync(checkProposal, file, claimed, cancellationToken).ConfigureAwait(false);
        return checkedUpload.HasValue
            ? new JsonAnswer<CheckSchema>(CheckOutput.Render(checkedUpload.Value.Check, OutputFormat.Json))
            : Problems.From(checkedUpload.Diagnostics, defaultField: "file");
    }

    /// <summary>Checks an upload held in memory (read straight from the form's buffer, never written to disk). Every
    /// problem is reported on the field <c>file</c> (a questionnaire's on <c>file.</c> and its own field).</summary>
    internal static async Task<Outcome<CheckedDocument>> CheckUploadAsync(CheckProposal checkProposal, IFormFile file,
        EngagementModel? claimed, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(file.FileName);
        var where = new SourceLocation(fileName, Field: "file");
        if (!CheckProposal.IsCheckable(fileName))
        {
            return Outcome<CheckedDocument>.Invalid(Diagnostic.Error("unsupported-format",
                $"'{fileName}' is not a document Sourcewise reads: use {CheckProposal.AcceptedList}", where));
        }

        Outcome<CheckedDocument> outcome;
        await using (var content = file.OpenReadStream())
        {
            outcome = await checkProposal.CheckStreamAsync(content, fileName, claimed, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.HasValue)
        {
            return outcome;
        }

        var questionnaire = QuestionnaireReader.IsQuestionnaire(fileName);
        return Outcome<CheckedDocument>.Invalid([.. outcome.Diagnostics.Select(d => d with
        {
            Location = (d.Location ?? where) with
            {
                Field = questionnaire && d.Location?.Field is { Length: > 0 } field ? "file." + field : "file",
            },
        })]);
    }
}
