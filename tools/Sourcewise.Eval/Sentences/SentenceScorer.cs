using System.Collections.Concurrent;
using System.Collections.Immutable;
using Sourcewise.Contracts;
using Sourcewise.Eval.Splits;
using Sourcewise.Signals;

namespace Sourcewise.Eval.Sentences;

/// <summary>How a labelled sentence that names its corpus document is read.</summary>
internal enum SentenceContext
{
    /// <summary>At the end of its document, after a heading: the document's party names and roles apply.</summary>
    Document,

    /// <summary>Alone, as a one-line text.</summary>
    Alone,
}

/// <summary>How the detector saw one labelled sentence.</summary>
/// <param name="Row">The labelled row.</param>
/// <param name="Split">The split of its document (<c>dev</c> when it has none).</param>
/// <param name="Fired">Whether the row's signal fired on the sentence.</param>
/// <param name="Signals">Every signal the sentence fired.</param>
/// <param name="Context"><c>document</c> when read at the end of its own document, <c>alone</c> otherwise.</param>
internal sealed record SentenceResult(SentenceRow Row, string Split, bool Fired, ImmutableArray<string> Signals, string Context);

/// <summary>Runs the proposal check's sentence-level decision on each row of <c>eval/sentences.csv</c>.</summary>
/// <remarks>
/// <para>A row whose <c>doc</c> names a readable corpus document is read <b>in its document</b>: the document's own
/// lines, then a heading and the sentence, are checked with <see cref="ContractChecker"/>, and the sentence fires a
/// signal when that signal's count of sentences (<see cref="DetectedSignal.Occurrences"/>) is higher than in the
/// document alone. So the sentence gets the document's context: its party names are read as the roles the document
/// gives them ("Aduro" as the customer), and the heading puts it outside any definitions section.</para>
/// <para>Any other row (written sentences, a document that is missing) is read <b>alone</b>: a one-line text of just
/// the sentence, checked the same way.</para>
/// <para>Only the row's own signal is scored; other signals the sentence fires are reported, not counted.</para>
/// </remarks>
internal static class SentenceScorer
{
    /// <summary>The heading put between a document and the sentence appended to it.</summary>
    internal const string SeparatorHeading = "Evaluation sentence";

    public static async Task<ImmutableArray<SentenceResult>> ScoreAsync(SentenceSet sentences, string corpus, SplitSet splits,
        SentenceContext mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var checker = ContractChecker.Default;
        var documents = new ConcurrentDictionary<string, (ContractText Text, ImmutableDictionary<string, int> Counts)?>(StringComparer.Ordinal);
        var results = new SentenceResult[sentences.Rows.Length];
        await Parallel.ForAsync(0, sentences.Rows.Length, new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 2, 4),
            CancellationToken = cancellationToken,
        }, async (i, token) =>
        {
            var row = sentences.Rows[i];
            var split = row.Doc.Length > 0 && splits.Find(row.Doc) is { } s ? s : SplitSet.Dev;
            var document = row.Doc.Length == 0 || mode == SentenceContext.Alone
                ? null
                : await DocumentAsync(documents, corpus, row.Doc, token).ConfigureAwait(false);
            ImmutableArray<string> fired;
            string context;
            if (document is { } doc)
            {
                fired = InDocument(checker, doc.Text, doc.Counts, row.Text, token);
                context = "document";
            }
            else
            {
                fired = Alone(checker, row.Id, row.Text, token);
                context = "alone";
            }

            results[i] = new SentenceResult(row, split, fired.Contains(row.Signal), fired, context);
        }).ConfigureAwait(false);
        return [.. results];
    }

    /// <summary>The signals a sentence fires on its own.</summary>
    public static ImmutableArray<string> Alone(ContractChecker checker, string name, string sentence, CancellationToken cancellationToken)
    {
        var text = new ContractText(name, "text", [new ContractLine(null, 1, sentence)]);
        return [.. checker.Check(text, cancellationToken: cancellationToken).Signals.Select(s => s.Id)];
    }

    /// <summary>The signals a sentence fires when it is appended to a document (after a heading).</summary>
    public static ImmutableArray<string> InDocument(ContractChecker checker, ContractText document,
        ImmutableDictionary<string, int> counts, string sentence, CancellationToken cancellationToken)
    {
        var last = document.Lines.IsEmpty ? 0 : document.Lines.Max(l => l.Line);
        var page = document.Lines.IsEmpty ? null : document.Lines[^1].Page;
        var text = document with
        {
            Lines = document.Lines.Add(new ContractLine(page, last + 1, SeparatorHeading, ContractLineKind.Heading))
                .Add(new ContractLine(page, last + 2, sentence)),
        };
        var check = checker.Check(text, cancellationToken: cancellationToken);
        return [.. check.Signals.Where(s => s.Occurrences > counts.GetValueOrDefault(s.Id)).Select(s => s.Id)];
    }

    /// <summary>How many sentences carry each signal in a document.</summary>
    public static ImmutableDictionary<string, int> Counts(ContractCheck check) =>
        check.Signals.ToImmutableDictionary(s => s.Id, s => s.Occurrences, StringComparer.Ordinal);

    private static async Task<(ContractText Text, ImmutableDictionary<string, int> Counts)?> DocumentAsync(
        ConcurrentDictionary<string, (ContractText, ImmutableDictionary<string, int>)?> cache, string corpus, string doc,
        CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(doc, out var known))
        {
            return known;
        }

        var file = Path.Combine(corpus, doc);
        (ContractText, ImmutableDictionary<string, int>)? entry = null;
        if (File.Exists(file) && !Documents.Checks.QuestionnaireReader.IsQuestionnaire(file))
        {
            var text = await CorpusChecker.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (text.Success)
            {
                entry = (text.Value, Counts(ContractChecker.Default.Check(text.Value, cancellationToken: cancellationToken)));
            }
        }

        return cache.GetOrAdd(doc, entry);
    }
}
