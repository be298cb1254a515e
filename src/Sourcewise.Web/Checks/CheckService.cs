using System.Text;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Checks;
using Sourcewise.Documents.Contracts;
using Sourcewise.Reports.Checks;
using Sourcewise.Signals;
using Sourcewise.Web.Api;

namespace Sourcewise.Web.Checks;

/// <summary>Checks an uploaded proposal held in memory: documents through the contract readers (with the upload and
/// inflation limits), questionnaires through the questionnaire reader. The content is read straight from the form's
/// in-memory buffer (no extra copy here); nothing is written to disk.</summary>
internal static class CheckService
{
    public static readonly string[] DocumentExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>The readers' limits for uploads: no bigger than the upload limit, at most 64 MiB once unpacked.</summary>
    public static readonly ContractReaderOptions ReaderOptions = ContractReaderOptions.Default with
    {
        MaxFileBytes = Limits.Upload,
        MaxInflatedBytes = 64L * 1024 * 1024,
        MaxPages = 500,
        Timeout = TimeSpan.FromSeconds(20),
    };

    public static async Task<Result<CheckRun>> CheckAsync(Stream content, string fileName, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        var where = new SourceLocation(fileName, Field: "file");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (QuestionnaireReader.IsQuestionnaire(fileName))
        {
            var answers = await QuestionnaireReader.ReadStreamAsync(content, fileName, cancellationToken).ConfigureAwait(false);
            if (!answers.Success)
            {
                return Result<CheckRun>.Fail(answers.Diagnostics.Select(d => d with { Location = (d.Location ?? where) with { Field = "file" + (d.Location?.Field is { } f ? "." + f : "") } }).ToList());
            }

            var fromAnswers = ContractChecker.Default.Check(answers.Value!, claimed);
            return Result<CheckRun>.Ok(new CheckRun(fromAnswers, null, Encoding.UTF8.GetBytes(CheckJsonWriter.Write(fromAnswers))));
        }

        if (!DocumentExtensions.Contains(extension))
        {
            return Result<CheckRun>.Fail(Diagnostic.Error("unsupported-format",
                $"'{fileName}' is not a document Sourcewise reads: use .txt, .md, .html, .docx or .pdf (or a questionnaire .yaml)", where));
        }

        var text = await ContractReader.ReadStreamAsync(content, fileName, ReaderOptions, cancellationToken).ConfigureAwait(false);
        if (!text.Success)
        {
            return Result<CheckRun>.Fail(text.Diagnostics.Select(d => d with { Location = (d.Location ?? where) with { Field = "file" } }).ToList());
        }

        if (text.Value!.Lines.Length == 0 || text.Value.CharacterCount == 0)
        {
            return Result<CheckRun>.Fail(Diagnostic.Error("no-text", "has no text to check", where));
        }

        var check = ContractChecker.Default.Check(text.Value, claimed, cancellationToken);
        return Result<CheckRun>.Ok(new CheckRun(check, text.Value, Encoding.UTF8.GetBytes(CheckJsonWriter.Write(check))));
    }
}
