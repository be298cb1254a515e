using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Checks;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Eval;

/// <summary>Checks one corpus file the way <c>sourcewise check FILE</c> does: a questionnaire is read as answers, any
/// other file through <see cref="ContractReader"/>, then <see cref="ContractChecker.Default"/>.</summary>
internal static class CorpusChecker
{
    public static async Task<Result<ContractCheck>> CheckFileAsync(string file, CancellationToken cancellationToken)
    {
        if (QuestionnaireReader.IsQuestionnaire(file))
        {
            var answers = await QuestionnaireReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            return answers.Success
                ? Result<ContractCheck>.Ok(ContractChecker.Default.Check(answers.Value))
                : Result<ContractCheck>.Fail(answers.Diagnostics);
        }

        var text = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
        return text.Success
            ? Result<ContractCheck>.Ok(ContractChecker.Default.Check(text.Value, cancellationToken: cancellationToken), text.Diagnostics)
            : Result<ContractCheck>.Fail(text.Diagnostics);
    }

    /// <summary>Reads a document's text; a document without text is an error, as in <c>sourcewise check</c>.</summary>
    public static async Task<Result<ContractText>> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var text = await ContractReader.ReadFileAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (text.Success && (text.Value.Lines.Length == 0 || text.Value.CharacterCount == 0))
        {
            return Result<ContractText>.Fail(Diagnostic.Error("no-text", "has no text to check", new SourceLocation(file)));
        }

        return text;
    }
}
