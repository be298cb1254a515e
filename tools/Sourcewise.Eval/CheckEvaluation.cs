using System.Collections.Immutable;
using System.Text;
using Sourcewise.Diagnostics;
using Sourcewise.Eval.Labels;
using Sourcewise.Signals;

namespace Sourcewise.Eval;

/// <summary>Scores the proposal check against a labelled corpus: <c>manifest.csv</c> (expected and acceptable models),
/// CUAD's clause labels in <c>cuad/master_clauses.csv</c> for the signals CUAD also labels, and the project's own
/// signal labels (<see cref="SignalLabelSet"/>) for every signal on the documents they cover.</summary>
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

    public sealed record DocumentResult(string Path, string Expected, ImmutableArray<string> Acceptable, string Predicted,
        bool Scored, ImmutableHashSet<string> Signals)
    {
        public bool Correct => Acceptable.Contains(Predicted);
    }

    /// <summary>Precision and recall of one model or signal. <paramref name="Source"/> says what the row is scored
    /// against (<c>cuad</c>, <c>labels</c> or <c>manifest</c>); <paramref name="Uncertain"/> counts documents left out
    /// because the label is uncertain.</summary>
    public sealed record Score(string Name, int TruePositives, int Predicted, int Actual, int Recalled, string Note = "",
        string Source = "", int Uncertain = 0)
    {
        public double Precision => Predicted == 0 ? double.NaN : (double)TruePositives / Predicted;

        public double Recall => Actual == 0 ? double.NaN : (double)Recalled / Actual;

        public double F1 => Precision + Recall is var s && s > 0 ? 2 * Precision * Recall / s : double.NaN;
    }

    public required ImmutableArray<DocumentResult> Documents { get; init; }

    public required ImmutableArray<string> Missing { get; init; }

    public required ImmutableArray<(string Path, string Error)> Failed { get; init; }

    public required ImmutableArray<Score> Models { get; init; }

    /// <summary>Per-signal rows scored against CUAD's clause labels.</summary>
    public required ImmutableArray<Score> Signals { get; init; }

    /// <summary>Per-signal rows scored against the project's signal labels (empty without a label file).</summary>
    public ImmutableArray<Score> LabelledSignals { get; init; } = [];

    /// <summary>Every document and signal where the check and a present/absent label disagree.</summary>
    public ImmutableArray<LabelDisagreement> Disagreements { get; init; } = [];

    /// <summary>Labelled documents that were not checked (not in the manifest, missing or unreadable).</summary>
    public ImmutableArray<string> UncheckedLabelledDocuments { get; init; } = [];

    public required long Characters { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public double Accuracy(bool scoredOnly)
    {
        var docs = Documents.Where(d => !scoredOnly || d.Scored).ToList();
        return docs.Count == 0 ? double.NaN : (double)docs.Count(d => d.Correct) / docs.Count;
    }

    public int Count(bool scoredOnly) => Documents.Count(d => !scoredOnly || d.Scored);

    /// <summary>One document and signal where the check and the label disagree: a false positive when
    /// <paramref name="Found"/>, a miss otherwise.</summary>
    public sealed record LabelDisagreement(string Path, string Signal, bool Found, string Evidence, string Location);

    public static async Task<CheckEvaluation> RunAsync(string corpus, CancellationToken cancellationToken,
        Action<int, int>? progress = null, SignalLabelSet? signalLabels = null)
    {
        var manifest = ReadCsv(Path.Combine(corpus, "manifest.csv"));
        var documents = ImmutableArray.CreateBuilder<DocumentResult>();
        var missing = ImmutableArray.CreateBuilder<string>();
        var failed = ImmutableArray.CreateBuilder<(string, string)>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        long characters = 0;

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
                failed.Add((relative, string.Join("; ", result.Diagnostics.Select(d => d.Message))));
                continue;
            }

            var expected = row["expected_model"] == "out-of-scope" ? "undetermined" : row["expected_model"];
            var acceptable = row["acceptable_models"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToImmutableArray();
            if (acceptable.IsEmpty)
            {
                acceptable = [expected];
            }

            documents.Add(new DocumentResult(relative, expected, acceptable, result.Value.Classification.ActualModelId,
                row["scored"] == "yes", result.Value.Signals.Select(s => s.Id).ToImmutableHashSet(StringComparer.Ordinal)));
        }

        stopwatch.Stop();
        var docs = documents.ToImmutable();
        characters = docs.Sum(d => new FileInfo(Path.Combine(corpus, d.Path)).Length);
        var labels = EngagementModels.Ids.Append("undetermined").ToList();
        var models = labels.Select(l => new Score(l,
            docs.Count(d => d.Predicted == l && d.Acceptable.Contains(l)),
            docs.Count(d => d.Predicted == l),
            docs.Count(d => d.Expected == l),
            docs.Count(d => d.Expected == l && d.Predicted == l),
            "precision: predicted this and the label accepts it; recall: labelled this and predicted this", "manifest")).ToImmutableArray();

        var signals = ImmutableArray.CreateBuilder<Score>();
        var clausesFile = Path.Combine(corpus, "cuad", "master_clauses.csv");
        if (File.Exists(clausesFile))
        {
            var clauses = ReadCsv(clausesFile).ToDictionary(r => Key(Path.ChangeExtension(r["Filename"], null)), StringComparer.Ordinal);
            var cuadDocs = docs.Where(d => d.Path.StartsWith("cuad/", StringComparison.Ordinal))
                .Select(d => (Doc: d, Row: clauses.GetValueOrDefault(Key(Path.GetFileNameWithoutExtension(d.Path)))))
                .Where(p => p.Row is not null).ToList();
            foreach (var (signal, column, proxy) in CuadLabels)
            {
                bool Gold(Dictionary<string, string> row) =>
                    row[column] is var v && !string.IsNullOrWhiteSpace(v) && !v.Equals("No", StringComparison.OrdinalIgnoreCase);
                signals.Add(new Score(signal,
                    cuadDocs.Count(p => p.Doc.Signals.Contains(signal) && Gold(p.Row!)),
                    cuadDocs.Count(p => p.Doc.Signals.Contains(signal)),
                    cuadDocs.Count(p => Gold(p.Row!)),
                    cuadDocs.Count(p => p.Doc.Signals.Contains(signal) && Gold(p.Row!)),
                    $"CUAD '{column.Replace("-Answer", string.Empty, StringComparison.Ordinal)}' over {cuadDocs.Count} contracts{(proxy ? " (proxy: CUAD's label is broader than the signal)" : string.Empty)}",
                    "cuad"));
            }
        }

        var (labelled, disagreements) = signalLabels is null
            ? ([], [])
            : ScoreLabels(docs, signalLabels, SignalCatalogue.Default.SignalIds);
        var checkedPaths = docs.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        return new CheckEvaluation
        {
            Documents = docs,
            Missing = missing.ToImmutable(),
            Failed = failed.ToImmutable(),
            Models = models,
            Signals = signals.ToImmutable(),
            LabelledSignals = labelled,
            Disagreements = disagreements,
            UncheckedLabelledDocuments = signalLabels is null ? [] : [.. signalLabels.Documents.Where(p => !checkedPaths.Contains(p))],
            Characters = characters,
            Elapsed = stopwatch.Elapsed,
        };
    }

    /// <summary>Scores every signal at document level against the labels: a signal counts as found when the check
    /// reports it anywhere in the document. Uncertain labels, and documents without a label for the signal, are left
    /// out of that signal's row.</summary>
    internal static (ImmutableArray<Score> Scores, ImmutableArray<LabelDisagreement> Disagreements) ScoreLabels(
        IEnumerable<DocumentResult> documents, SignalLabelSet labels, IEnumerable<string> signalIds)
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
                    disagreements.Add(new LabelDisagreement(doc.Path, signal, isFound, label.Evidence, label.Location));
                }
            }

            scores.Add(new Score(signal, truePositives, found, present, truePositives,
                $"project labels ({labels.Source}) over {labelledDocs} documents{(uncertain > 0 ? $", {uncertain} uncertain left out" : string.Empty)}; development figures",
                "labels", uncertain));
        }

        return (scores.ToImmutable(), disagreements.ToImmutable());
    }

    private static string Key(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>One CSV record and the line of the file it starts on.</summary>
    internal sealed record CsvRecord(int Line, List<string> Fields);

    /// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes).</summary>
    internal static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var rows = ReadRecords(File.ReadAllText(path), out _);
        var header = rows[0].Fields;
        return [.. rows.Skip(1).Where(r => r.Fields.Count > 1).Select(r =>
            header.Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i] : string.Empty)).ToDictionary(p => p.h, p => p.v))];
    }

    /// <summary>Splits CSV text into records, each with the 1-based line it starts on (a quoted field may span
    /// lines). <paramref name="unclosedAt"/> is the line of a record whose quoted field never closes.</summary>
    internal static List<CsvRecord> ReadRecords(string text, out int? unclosedAt)
    {
        var rows = new List<CsvRecord>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(new CsvRecord(rowLine, row));
                row = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        unclosedAt = quoted ? rowLine : null;
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(new CsvRecord(rowLine, row));
        }

        return rows;
    }
}
