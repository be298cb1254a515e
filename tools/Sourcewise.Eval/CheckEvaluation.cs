using System.Collections.Immutable;
using Sourcewise.Diagnostics;
using Sourcewise.Eval.Csv;
using Sourcewise.Eval.Figures;
using Sourcewise.Eval.Labels;
using Sourcewise.Eval.Sentences;
using Sourcewise.Eval.Splits;
using Sourcewise.Signals;

namespace Sourcewise.Eval;

/// <summary>Scores the proposal check against a labelled corpus: <c>manifest.csv</c> (expected and acceptable models),
/// CUAD's clause labels in <c>cuad/master_clauses.csv</c> for the signals CUAD also labels, the project's re-reading of
/// those (<c>eval/cuad-relabels.csv</c>), the project's own signal labels (<see cref="SignalLabelSet"/>) for every
/// signal on the documents they cover, and labelled sentences (<c>eval/sentences.csv</c>). Every figure is worked out
/// for the <c>dev</c> split, the <c>blind</c> split and <c>all</c> documents.</summary>
internal sealed class CheckEvaluation
{
    /// <summary>CUAD columns that label one of our signals, and whether the mapping is direct or only a proxy.</summary>
    public static readonly ImmutableArray<(string Signal, string Column, bool Proxy)> CuadLabels =
    [
        ("ip-assigned-to-client", "Ip Ownership Assignment-Answer", false),
        ("termination-assistance", "Post-Termination Services-Answer", false),
        ("open-ended-term", "Renewal Term-Answer", true),
        ("vendor-fixes-defects", "Warranty Duration-Answer", true),
    ];

    /// <summary>One checked document: its labels and what the check answered.</summary>
    /// <param name="Path">Relative to the corpus root.</param>
    /// <param name="Expected">The expected answer (<c>out-of-scope</c> read as <c>not-an-engagement</c>).</param>
    /// <param name="Acceptable">The answers the manifest accepts (lenient: out-of-scope also accepts
    /// <c>not-an-engagement</c> and <c>undetermined</c>).</param>
    /// <param name="Predicted">The check's answer.</param>
    /// <param name="Scored">Whether the manifest marks it <c>scored</c>.</param>
    /// <param name="Signals">The ids of the signals found.</param>
    public sealed record DocumentResult(string Path, string Expected, ImmutableArray<string> Acceptable, string Predicted,
        bool Scored, ImmutableHashSet<string> Signals)
    {
        private readonly ImmutableArray<string> _strict;

        /// <summary>The split the document is in.</summary>
        public string Split { get; init; } = SplitSet.Dev;

        /// <summary>The answers the strict reading accepts: an out-of-scope document only <c>not-an-engagement</c>.</summary>
        public ImmutableArray<string> StrictAcceptable
        {
            get => _strict.IsDefault ? Acceptable : _strict;
            init => _strict = value;
        }

        /// <summary>The signals found, with their evidence.</summary>
        public ImmutableArray<DetectedSignal> Detected { get; init; } = [];

        /// <summary>Why the check answered so.</summary>
        public string Reason { get; init; } = string.Empty;

        /// <summary>The answer is among <see cref="Acceptable"/>.</summary>
        public bool Correct => Acceptable.Contains(Predicted);

        /// <summary>The answer is among <see cref="StrictAcceptable"/>.</summary>
        public bool StrictlyCorrect => StrictAcceptable.Contains(Predicted);

        /// <summary>The expected label is one of the three models.</summary>
        public bool IsServices => ModelLabels.IsModel(Expected);

        /// <summary>The evidence of a signal found, or empty.</summary>
        public ImmutableArray<SignalEvidence> EvidenceOf(string signal) =>
            Detected.FirstOrDefault(s => s.Id == signal)?.Evidence ?? [];
    }

    /// <summary>Precision and recall of one model or signal. <paramref name="Source"/> says what the row is scored
    /// against (<c>cuad</c>, <c>cuad-relabels</c>, <c>labels</c>, or a sentence origin); <paramref name="Uncertain"/>
    /// counts documents left out because the label is uncertain.</summary>
    public sealed record Score(string Name, int TruePositives, int Predicted, int Actual, int Recalled, string Note = "",
        string Source = "", int Uncertain = 0)
    {
        /// <summary>Documents (or sentences) judged: the base of the true negatives.</summary>
        public int Judged { get; init; }

        public double Precision => Predicted == 0 ? double.NaN : (double)TruePositives / Predicted;

        public double Recall => Actual == 0 ? double.NaN : (double)Recalled / Actual;

        public double F1 => Precision + Recall is var s && s > 0 ? 2 * Precision * Recall / s : double.NaN;

        public int FalsePositives => Predicted - TruePositives;

        public int FalseNegatives => Actual - Recalled;

        public int TrueNegatives => Math.Max(0, Judged - Predicted - Actual + TruePositives);
    }

    /// <summary>One document and signal where the check and a label disagree: a false positive when
    /// <paramref name="Found"/>, a miss otherwise. <paramref name="Evidence"/> and <paramref name="Location"/> are the
    /// label's quote and where it is.</summary>
    public sealed record LabelDisagreement(string Path, string Signal, bool Found, string Evidence, string Location)
    {
        /// <summary>What the label comes from: <c>labels</c>, <c>cuad</c> or <c>cuad-relabels</c>.</summary>
        public string Source { get; init; } = "labels";

        /// <summary>The document's split.</summary>
        public string Split { get; init; } = SplitSet.Dev;

        /// <summary>For a false positive, the sentences that fired the signal.</summary>
        public ImmutableArray<SignalEvidence> Fired { get; init; } = [];
    }

    public required ImmutableArray<DocumentResult> Documents { get; init; }

    public required ImmutableArray<string> Missing { get; init; }

    public required ImmutableArray<(string Path, string Error)> Failed { get; init; }

    /// <summary>The figures per split: <c>dev</c>, <c>blind</c>, <c>all</c>.</summary>
    public required ImmutableArray<SplitFigures> Splits { get; init; }

    /// <summary>The split file that assigned the documents.</summary>
    public required SplitSet SplitSet { get; init; }

    /// <summary>Every document and signal where the check and a present/absent label (or CUAD's) disagree.</summary>
    public ImmutableArray<LabelDisagreement> Disagreements { get; init; } = [];

    /// <summary>Every labelled sentence and how the check read it.</summary>
    public ImmutableArray<SentenceResult> SentenceResults { get; init; } = [];

    /// <summary>Labelled documents that were not checked (not in the manifest, missing or unreadable).</summary>
    public ImmutableArray<string> UncheckedLabelledDocuments { get; init; } = [];

    /// <summary>Checked documents the split file does not list; they count as <c>dev</c>.</summary>
    public ImmutableArray<string> NotInSplits { get; init; } = [];

    public required long Characters { get; init; }

    /// <summary>Time to read and check the documents.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Time to score the labelled sentences.</summary>
    public TimeSpan SentenceElapsed { get; init; }

    /// <summary>The figures of one split.</summary>
    public SplitFigures Split(string split) => Splits.Single(s => s.Split == split);

    /// <summary>Per-answer scores over all documents.</summary>
    public ImmutableArray<ModelScore> Models => Split(SplitSet.All).Models.Models;

    /// <summary>Per-signal rows scored against CUAD's clause labels, over all documents.</summary>
    public ImmutableArray<Score> Signals => [.. Split(SplitSet.All).Signals.Where(s => s.Source == "cuad")];

    /// <summary>Per-signal rows scored against the project's signal labels, over all documents.</summary>
    public ImmutableArray<Score> LabelledSignals => [.. Split(SplitSet.All).Signals.Where(s => s.Source == "labels")];

    /// <summary>The lenient accuracy over all documents, or the scored ones.</summary>
    public double Accuracy(bool scoredOnly) =>
        scoredOnly ? Split(SplitSet.All).Models.ScoredAccuracy : Split(SplitSet.All).Models.Accuracy;

    public int Count(bool scoredOnly) => Documents.Count(d => !scoredOnly || d.Scored);

    /// <summary>Whether a document's details may be listed: not blind, unless <paramref name="showBlind"/>.</summary>
    public static bool Listable(string split, bool showBlind) => showBlind || split != SplitSet.Blind;

    public static async Task<CheckEvaluation> RunAsync(EvalInputs inputs, CancellationToken cancellationToken,
        Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var corpus = inputs.Corpus;
        var splits = inputs.Splits;
        var manifest = CsvFile.ReadCsv(Path.Combine(corpus, "manifest.csv"));
        var documents = ImmutableArray.CreateBuilder<DocumentResult>();
        var missing = ImmutableArray.CreateBuilder<string>();
        var failed = ImmutableArray.CreateBuilder<(string, string)>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        // Check the documents a few at once; the results are then taken in the manifest's order.
        var results = new Result<ContractCheck>?[manifest.Count];
        var done = 0;
        var gate = new object();
        await Parallel.ForAsync(0, manifest.Count, new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 2, 4),
            CancellationToken = cancellationToken,
        }, async (index, token) =>
        {
            var file = Path.Combine(corpus, manifest[index]["path"]);
            if (File.Exists(file))
            {
                results[index] = await Task.Run(() => CorpusChecker.CheckFileAsync(file, token), token).ConfigureAwait(false);
            }

            lock (gate)
            {
                progress?.Invoke(done++, manifest.Count);
            }
        }).ConfigureAwait(false);

        var notInSplits = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < manifest.Count; i++)
        {
            var row = manifest[i];
            var relative = row["path"];
            if (results[i] is not { } result)
            {
                missing.Add(relative);
                continue;
            }

            if (!result.Success)
            {
                failed.Add((relative, string.Join("; ", result.Diagnostics.Where(d => d.IsError).Select(d => d.Message))));
                continue;
            }

            var outOfScope = row["expected_model"] == ModelLabels.OutOfScope;
            var expected = ModelLabels.FromManifest(row["expected_model"]);
            var acceptable = row.GetValueOrDefault("acceptable_models", string.Empty)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ModelLabels.FromManifest).ToImmutableArray();
            if (acceptable.IsEmpty)
            {
                acceptable = [expected];
            }

            // Out-of-scope documents: the manifest accepts `undetermined`; `not-an-engagement` is the answer the public
            // interface has for them. Lenient accepts both; strict only `not-an-engagement`.
            var lenient = outOfScope ? [.. acceptable.Union([ModelLabels.NotAnEngagement, ModelLabels.Undetermined])] : acceptable;
            ImmutableArray<string> strict = outOfScope ? [ModelLabels.NotAnEngagement] : acceptable;
            var split = splits.Find(relative);
            if (split is null)
            {
                notInSplits.Add(relative);
            }

            var check = result.Value;
            documents.Add(new DocumentResult(relative, expected, lenient, check.Classification.ActualModelId,
                row.GetValueOrDefault("scored") == "yes", check.Signals.Select(s => s.Id).ToImmutableHashSet(StringComparer.Ordinal))
            {
                Split = split ?? SplitSet.Dev,
                StrictAcceptable = strict,
                Detected = check.Signals,
                Reason = check.Classification.Reason,
            });
        }

        var docs = documents.ToImmutable();
        var elapsed = stopwatch.Elapsed;
        var cuad = ReadCuad(corpus, docs);
        stopwatch.Restart();
        var sentenceResults = inputs.Sentences is { } sentences
            ? await SentenceScorer.ScoreAsync(sentences, corpus, splits, inputs.SentenceContext, cancellationToken).ConfigureAwait(false)
            : [];
        stopwatch.Stop();

        var figures = ImmutableArray.CreateBuilder<SplitFigures>();
        var disagreements = ImmutableArray.CreateBuilder<LabelDisagreement>();
        foreach (var split in SplitSet.Reported)
        {
            var inSplit = docs.Where(d => split == SplitSet.All || d.Split == split).ToImmutableArray();
            var signals = ImmutableArray.CreateBuilder<Score>();
            var suffix = split switch
            {
                SplitSet.Dev => "dev split",
                SplitSet.Blind => "blind split",
                _ => "all documents",
            };
            if (inputs.SignalLabels is { } labels)
            {
                var (scores, found) = ScoreLabels(inSplit, labels, SignalCatalogue.Default.SignalIds, suffix: suffix);
                signals.AddRange(scores);
                if (split == SplitSet.All)
                {
                    disagreements.AddRange(found);
                }
            }

            var (cuadScores, cuadFound) = ScoreCuad(inSplit, cuad, suffix);
            signals.AddRange(cuadScores);
            if (inputs.CuadRelabels is { } relabels)
            {
                var ids = relabels.Labels.Select(l => l.Signal).Distinct(StringComparer.Ordinal);
                var (scores, found) = ScoreLabels(inSplit, relabels, SignalCatalogue.Default.SignalIds.Where(ids.Contains),
                    source: "cuad-relabels", describe: "CUAD re-read by the project", suffix: suffix);
                signals.AddRange(scores);
                if (split == SplitSet.All)
                {
                    disagreements.AddRange(found);
                }
            }

            if (split == SplitSet.All)
            {
                disagreements.AddRange(cuadFound);
            }

            var sentencesInSplit = sentenceResults.Where(r => split == SplitSet.All || r.Split == split).ToList();
            figures.Add(new SplitFigures(split, ScoreModels(inSplit), signals.ToImmutable(), ScoreSentences(sentencesInSplit)));
        }

        var checkedPaths = docs.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var labelledPaths = (inputs.SignalLabels?.Documents ?? []).Concat(inputs.CuadRelabels?.Documents ?? []).Distinct(StringComparer.Ordinal);
        return new CheckEvaluation
        {
            Documents = docs,
            Missing = missing.ToImmutable(),
            Failed = failed.ToImmutable(),
            Splits = figures.ToImmutable(),
            SplitSet = splits,
            Disagreements = disagreements.ToImmutable(),
            SentenceResults = sentenceResults,
            UncheckedLabelledDocuments = [.. labelledPaths.Where(p => !checkedPaths.Contains(p))],
            NotInSplits = notInSplits.ToImmutable(),
            Characters = docs.Sum(d => new FileInfo(Path.Combine(corpus, d.Path)).Length),
            Elapsed = elapsed,
            SentenceElapsed = stopwatch.Elapsed,
        };
    }

    /// <summary>Model figures over some documents.</summary>
    internal static ModelFigures ScoreModels(IReadOnlyList<DocumentResult> docs)
    {
        static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
            items.Count == 0 ? double.NaN : (double)items.Count(predicate) / items.Count;

        var scored = docs.Where(d => d.Scored).ToList();
        var services = docs.Where(d => d.IsServices).ToList();
        var models = ModelLabels.All.Select(l => new ModelScore(l,
            docs.Count(d => d.Predicted == l),
            docs.Count(d => d.Expected == l),
            docs.Count(d => d.Expected == l && d.Predicted == l),
            docs.Count(d => d.Predicted == l && d.Acceptable.Contains(l)),
            docs.Count(d => d.Predicted == l && d.StrictAcceptable.Contains(l)))).ToImmutableArray();
        var answers = ModelLabels.All.Concat(docs.Select(d => d.Predicted).Where(p => !ModelLabels.All.Contains(p)).Distinct().Order(StringComparer.Ordinal))
            .ToImmutableArray();
        var expectedLabels = ModelLabels.All.Concat(docs.Select(d => d.Expected).Where(e => !ModelLabels.All.Contains(e)).Distinct().Order(StringComparer.Ordinal));
        var confusion = expectedLabels.ToImmutableDictionary(e => e, e => answers.ToImmutableDictionary(
            a => a, a => docs.Count(d => d.Expected == e && d.Predicted == a)));
        return new ModelFigures
        {
            Documents = docs.Count,
            ScoredDocuments = scored.Count,
            ServicesDocuments = services.Count,
            Accuracy = Share(docs, d => d.Correct),
            StrictAccuracy = Share(docs, d => d.StrictlyCorrect),
            ScoredAccuracy = Share(scored, d => d.Correct),
            ServicesAccuracy = Share(services, d => d.Correct),
            ServicesNamed = Share(services, d => d.Predicted == d.Expected),
            UndeterminedShare = Share(docs, d => d.Predicted == ModelLabels.Undetermined),
            Models = models,
            Confusion = confusion,
            Answers = answers,
        };
    }

    /// <summary>Scores every signal at document level against the labels: a signal counts as found when the check
    /// reports it anywhere in the document. Uncertain labels, and documents without a label for the signal, are left
    /// out of that signal's row.</summary>
    internal static (ImmutableArray<Score> Scores, ImmutableArray<LabelDisagreement> Disagreements) ScoreLabels(
        IEnumerable<DocumentResult> documents, SignalLabelSet labels, IEnumerable<string> signalIds,
        string source = "labels", string describe = "project labels", string suffix = "development figures")
    {
        var docs = documents.Where(d => labels.Documents.Contains(d.Path, StringComparer.Ordinal)).ToList();
        var scores = ImmutableArray.CreateBuilder<Score>();
        var disagreements = ImmutableArray.CreateBuilder<LabelDisagreement>();
        foreach (var signal in signalIds)
        {
            int truePositives = 0, found = 0, present = 0, uncertain = 0, labelledDocs = 0;
            foreach (var doc in docs)
            {
                if (labels.Find(doc.Path, signal) is not { } label)
                {
                    continue;
                }

                if (label.Label == SignalLabelValue.Uncertain)
                {
                    uncertain++;
                    continue;
                }

                labelledDocs++;
                var isFound = doc.Signals.Contains(signal);
                var isPresent = label.Label == SignalLabelValue.Present;
                found += isFound ? 1 : 0;
                present += isPresent ? 1 : 0;
                truePositives += isFound && isPresent ? 1 : 0;
                if (isFound != isPresent)
                {
                    disagreements.Add(new LabelDisagreement(doc.Path, signal, isFound, label.Evidence, label.Location)
                    {
                        Source = source,
                        Split = doc.Split,
                        Fired = doc.EvidenceOf(signal),
                    });
                }
            }

            scores.Add(new Score(signal, truePositives, found, present, truePositives,
                $"{describe} ({labels.Source}) over {labelledDocs} documents{(uncertain > 0 ? $", {uncertain} uncertain left out" : string.Empty)}; {suffix}",
                source, uncertain)
            { Judged = labelledDocs });
        }

        return (scores.ToImmutable(), disagreements.ToImmutable());
    }

    /// <summary>Per-sentence scores by origin and signal, then one row per origin over every signal
    /// (<c>Name</c> = <c>*</c>). Uncertain rows are left out.</summary>
    internal static ImmutableArray<Score> ScoreSentences(IReadOnlyList<SentenceResult> results)
    {
        var scores = ImmutableArray.CreateBuilder<Score>();
        foreach (var origin in SentenceSet.Origins)
        {
            var rows = results.Where(r => r.Row.Origin == origin).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            Score Count(string name, List<SentenceResult> group)
            {
                var judged = group.Where(r => r.Row.Label != SignalLabelValue.Uncertain).ToList();
                var tp = judged.Count(r => r.Fired && r.Row.Label == SignalLabelValue.Present);
                var context = group.Count(r => r.Context == "document");
                return new Score(name, tp, judged.Count(r => r.Fired), judged.Count(r => r.Row.Label == SignalLabelValue.Present), tp,
                    $"{judged.Count} {origin} sentences, {context} read in their document", origin, group.Count - judged.Count)
                { Judged = judged.Count };
            }

            foreach (var signal in SignalCatalogue.Default.SignalIds)
            {
                var group = rows.Where(r => r.Row.Signal == signal).ToList();
                if (group.Count > 0)
                {
                    scores.Add(Count(signal, group));
                }
            }

            scores.Add(Count("*", rows));
        }

        return scores.ToImmutable();
    }

    /// <summary>The CUAD contracts among the checked documents, each with its row of <c>master_clauses.csv</c>.</summary>
    private static List<(DocumentResult Doc, Dictionary<string, string> Row)> ReadCuad(string corpus, ImmutableArray<DocumentResult> docs)
    {
        var clausesFile = Path.Combine(corpus, "cuad", "master_clauses.csv");
        if (!File.Exists(clausesFile))
        {
            return [];
        }

        var clauses = CsvFile.ReadCsv(clausesFile)
            .GroupBy(r => Key(Path.ChangeExtension(r["Filename"], null)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. docs.Where(d => d.Path.StartsWith("cuad/", StringComparison.Ordinal))
            .Select(d => (Doc: d, Row: clauses.GetValueOrDefault(Key(Path.GetFileNameWithoutExtension(d.Path)))))
            .Where(p => p.Row is not null).Select(p => (p.Doc, p.Row!))];
    }

    private static (ImmutableArray<Score>, ImmutableArray<LabelDisagreement>) ScoreCuad(
        ImmutableArray<DocumentResult> inSplit, List<(DocumentResult Doc, Dictionary<string, string> Row)> cuad, string suffix)
    {
        if (cuad.Count == 0)
        {
            return ([], []);
        }

        var paths = inSplit.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var cuadDocs = cuad.Where(p => paths.Contains(p.Doc.Path)).ToList();
        var signals = ImmutableArray.CreateBuilder<Score>();
        var disagreements = ImmutableArray.CreateBuilder<LabelDisagreement>();
        foreach (var (signal, column, proxy) in CuadLabels)
        {
            bool Gold(Dictionary<string, string> row) =>
                row.GetValueOrDefault(column) is { } v && !string.IsNullOrWhiteSpace(v) && !v.Equals("No", StringComparison.OrdinalIgnoreCase);
            var category = column.Replace("-Answer", string.Empty, StringComparison.Ordinal);
            signals.Add(new Score(signal,
                cuadDocs.Count(p => p.Doc.Signals.Contains(signal) && Gold(p.Row)),
                cuadDocs.Count(p => p.Doc.Signals.Contains(signal)),
                cuadDocs.Count(p => Gold(p.Row)),
                cuadDocs.Count(p => p.Doc.Signals.Contains(signal) && Gold(p.Row)),
                $"CUAD '{category}' over {cuadDocs.Count} contracts{(proxy ? " (proxy: CUAD's label is broader than the signal)" : string.Empty)}; {suffix}",
                "cuad")
            { Judged = cuadDocs.Count });
            // Disagreements with a proxy label say little about the signal; only the direct ones are listed.
            foreach (var (doc, row) in cuadDocs.Where(p => !proxy && p.Doc.Signals.Contains(signal) != Gold(p.Row)))
            {
                var span = row.GetValueOrDefault(category, string.Empty);
                disagreements.Add(new LabelDisagreement(doc.Path, signal, doc.Signals.Contains(signal),
                    span.Length > SignalLabelSet.MaxEvidenceLength ? span[..SignalLabelSet.MaxEvidenceLength] + "…" : span, string.Empty)
                {
                    Source = "cuad",
                    Split = doc.Split,
                    Fired = doc.EvidenceOf(signal),
                });
            }
        }

        return (signals.ToImmutable(), disagreements.ToImmutable());
    }

    private static string Key(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
