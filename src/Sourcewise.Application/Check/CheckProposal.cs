using Sourcewise.Diagnostics;
using Sourcewise.Documents.Checks;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Application.Check;

/// <summary>Use case: check a proposal, SOW or contract (a document, or a questionnaire of answered signals): which
/// model it really describes, whether that matches its claim, and what is missing. One file, an upload held in memory,
/// or a directory of files (a batch).</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class CheckProposal
{
    /// <summary>Files of a batch checked at once.</summary>
    private static readonly int BatchParallelism = Math.Clamp(Environment.ProcessorCount, 2, 4);

    /// <summary>Creates the use case.</summary>
    /// <param name="checker">The checker.</param>
    /// <param name="readerOptions">The contract reader's limits (a host's resource limits); <c>null</c> = the
    /// reader's defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checker"/> is null.</exception>
    public CheckProposal(ContractChecker checker, ContractReaderOptions? readerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(checker);
        Checker = checker;
        ReaderOptions = readerOptions ?? ContractReaderOptions.Default;
    }

    /// <summary>The use case over the built-in signal catalogue and the reader's default limits.</summary>
    public static CheckProposal Default { get; } = new(ContractChecker.Default);

    /// <summary>The checker.</summary>
    public ContractChecker Checker { get; }

    /// <summary>The contract reader's limits.</summary>
    public ContractReaderOptions ReaderOptions { get; }

    /// <summary>The accepted file types, for messages: the documents the contract reader reads, then questionnaires.</summary>
    public static string AcceptedList => $"{ContractFileTypes.AcceptedList} {string.Join(" ", QuestionnaireReader.Extensions)}";

    /// <summary>Whether a file is something <c>check</c> reads: a document the contract reader reads (the list is
    /// Documents' alone) or a questionnaire.</summary>
    public static bool IsCheckable(string fileName) =>
        QuestionnaireReader.IsQuestionnaire(fileName) || ContractFileTypes.IsContract(fileName);

    /// <summary>Checks one file on disk; never throws for bad input.</summary>
    /// <param name="path">The file as the user gave it (the check's <c>document</c>).</param>
    /// <param name="claimed">The claimed model given by the user; <c>null</c> reads it from the document.</param>
    /// <param name="cancellationToken">Cancels the read and the check.</param>
    public async Task<Outcome<CheckedDocument>> CheckFileAsync(string path, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (QuestionnaireReader.IsQuestionnaire(path))
        {
            return Check(await QuestionnaireReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false), claimed);
        }

        var text = await ContractReader.ReadFileAsync(path, ReaderOptions, cancellationToken).ConfigureAwait(false);
        return Check(text, path, claimed, cancellationToken);
    }

    /// <summary>Checks a document or questionnaire held in a stream (an upload); never throws for bad input.</summary>
    /// <param name="content">The content (read to the end, not disposed).</param>
    /// <param name="fileName">The file's name: its extension picks the reader, and it is the check's <c>document</c>.</param>
    /// <param name="claimed">The claimed model given by the user; <c>null</c> reads it from the document.</param>
    /// <param name="cancellationToken">Cancels the read and the check.</param>
    public async Task<Outcome<CheckedDocument>> CheckStreamAsync(Stream content, string fileName, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        if (QuestionnaireReader.IsQuestionnaire(fileName))
        {
            return Check(await QuestionnaireReader.ReadStreamAsync(content, fileName, cancellationToken).ConfigureAwait(false), claimed);
        }

        var text = await ContractReader.ReadStreamAsync(content, fileName, ReaderOptions, cancellationToken).ConfigureAwait(false);
        return Check(text, fileName, claimed, cancellationToken);
    }

    /// <summary>The files of a directory (and its subdirectories) that <c>check</c> reads, in ordinal order; hidden and
    /// system files are skipped. Invalid when there are none.</summary>
    /// <param name="directory">The directory as the user gave it.</param>
    public static Outcome<IReadOnlyList<string>> ListDocuments(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        })
            .Where(IsCheckable)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count == 0
            ? Outcome<IReadOnlyList<string>>.Invalid(Diagnostic.Error("no-documents",
                $"no documents to check (accepted: {AcceptedList})", new SourceLocation(directory)))
            : Outcome<IReadOnlyList<string>>.Ok(files);
    }

    /// <summary>Checks files, several at once; the result keeps their order whatever finishes first. Partial when
    /// some could not be read.</summary>
    /// <param name="directory">The directory they came from (for the result).</param>
    /// <param name="files">The files, e.g. from <see cref="ListDocuments"/>.</param>
    /// <param name="claimed">The claimed model given by the user, for every file; <c>null</c> reads each one's.</param>
    /// <param name="started">Called when a file's check starts, from a worker thread.</param>
    /// <param name="finished">Called when a file's check ends, from a worker thread.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    public async Task<Outcome<CheckBatch>> CheckFilesAsync(string directory, IReadOnlyList<string> files,
        EngagementModel? claimed, Action<string>? started, Action<string>? finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        var results = new Outcome<CheckedDocument>[files.Count];
        await Parallel.ForAsync(0, files.Count, new ParallelOptions
        {
            MaxDegreeOfParallelism = BatchParallelism,
            CancellationToken = cancellationToken,
        }, async (i, token) =>
        {
            started?.Invoke(files[i]);
            results[i] = await Task.Run(() => CheckFileAsync(files[i], claimed, token), token).ConfigureAwait(false);
            finished?.Invoke(files[i]);
        }).ConfigureAwait(false);

        var checks = new List<ContractCheck>();
        var errors = new List<(string Document, string Error)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i].HasValue)
            {
                checks.Add(results[i].Value!.Check);
            }
            else
            {
                errors.Add((files[i], string.Join("; ", results[i].Diagnostics.Where(d => d.IsError).Select(d => d.ToString()))));
            }
        }

        var batch = new CheckBatch(directory, checks, errors);
        return errors.Count == 0
            ? Outcome<CheckBatch>.Ok(batch)
            : Outcome<CheckBatch>.Partial(batch, [.. errors.Select(e => Diagnostic.Error("not-checked", e.Error))]);
    }

    private Outcome<CheckedDocument> Check(Result<QuestionnaireAnswers> answers, EngagementModel? claimed) =>
        answers.Success
            ? Outcome<CheckedDocument>.Ok(new CheckedDocument(Checker.Check(answers.Value, claimed), null), answers.Diagnostics)
            : Outcome<CheckedDocument>.Invalid(answers.Diagnostics);

    private Outcome<CheckedDocument> Check(Result<Contracts.ContractText> text, string name, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        if (!text.Success)
        {
            return Outcome<CheckedDocument>.Invalid(text.Diagnostics);
        }

        if (text.Value.Lines.Length == 0 || text.Value.CharacterCount == 0)
        {
            return Outcome<CheckedDocument>.Invalid(Diagnostic.Error("no-text", "has no text to check", new SourceLocation(name)));
        }

        return Outcome<CheckedDocument>.Ok(new CheckedDocument(Checker.Check(text.Value, claimed, cancellationToken), text.Value),
            text.Diagnostics);
    }
}
