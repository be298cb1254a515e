using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;
using Sourcewise.Signals.Learned;
using Sourcewise.Signals.Reading;

namespace Sourcewise.Train;

/// <summary><c>train</c>: the learned layer. One logistic regression per signal (FTRL-proximal, L1 and L2, so the
/// weights are sparse and readable) over <see cref="SentenceFeatures"/>, trained on <c>eval/sentences.csv</c> (a
/// row is a positive or a hard negative of its own signal, and a positive of another signal is a negative of this
/// one) and on background sentences: every sentence the detector reads in a development document labelled
/// <c>absent</c> for the signal in <c>eval/signal-labels.csv</c>. Everything is grouped by document into folds, and
/// the report is document-level cross-validation: each fold's documents are scored by models that never saw them.
/// Per signal it compares the frames alone with the frames plus the classifier (adding sentences a frame matches
/// relaxed, or vetoing frame matches), and keeps the classifier only where the cross-validated F1 rises; with
/// <c>--write</c> it trains on everything and writes <c>src/Sourcewise.Core/Data/classifier.json</c>.</summary>
internal static class Learn
{
    private static readonly float[] FireThresholds = [0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 0.95f];
    private static readonly float[] VetoThresholds = [0.01f, 0.02f, 0.05f, 0.1f, 0.2f];

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var folds = args.Contains("--folds") ? int.Parse(args[args.ToList().IndexOf("--folds") + 1], CultureInfo.InvariantCulture) : 5;
        var write = args.Contains("--write");
        var minimumGain = 0.02;
        Ftrl.Background = Option(args, "--background", 2.0);
        Ftrl.L1 = Option(args, "--l1", 0.5);
        Ftrl.L2 = Option(args, "--l2", 1.0);
        Ftrl.Epochs = (int)Option(args, "--epochs", 8);
        Ftrl.Alpha = Option(args, "--alpha", 0.1);
        Ftrl.Balance = Option(args, "--balance", 0);
        var corpus = Corpus.Locate();
        var catalogue = Data.Catalogue.WithClassifier(null);
        var ids = catalogue.Signals.Select(s => s.Id).ToArray();
        var set = TrainingSet.Build(corpus, catalogue, folds, output);
        output.WriteLine($"{set.Labelled.Count} labelled sentences, {set.Background.Count} background sentences from {set.Documents.Count} development documents, {folds} folds by document");

        // Cross-validation: per fold, a model per signal trained on the other folds.
        var probabilities = new float[set.All.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var models = Enumerable.Range(0, ids.Length).AsParallel().WithDegreeOfParallelism(2)
                .Select(s => (s, Ftrl.Train(set, s, sample => sample.Fold != fold)))
                .ToDictionary(p => p.s, p => p.Item2);
            for (var k = 0; k < set.All.Count; k++)
            {
                if (set.All[k].Fold == fold)
                {
                    probabilities[k] = [.. Enumerable.Range(0, ids.Length).Select(s => models[s].Probability(set.All[k].Features))];
                }
            }
        }

        var chosen = new (float Fire, float Veto)[ids.Length];
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{"signal",-30} | sentences (CV): frames P/R   classifier≥0.5 P/R | documents (CV): frames P/R/F1 (tp/fp/fn) | best with classifier | kept");
        int[] sumFrames = new int[3], sumChosen = new int[3];
        for (var s = 0; s < ids.Length; s++)
        {
            var bit = 1UL << s;
            var rows = set.Labelled.Select((x, k) => (x, k)).Where(p => p.x.Signal == ids[s]).ToList();
            var frames = Counts(rows.Select(p => (p.x.Label == 1, (p.x.Strict & bit) != 0)));
            var learned = Counts(rows.Select(p => (p.x.Label == 1, probabilities[p.k][s] >= 0.5f)));

            var docs = set.Documents.Where(d => d.Labels.TryGetValue(ids[s], out var l) && l != null).ToList();
            (int, int, int) DocCounts(Func<Sample, float, bool> fires) => Counts(docs.Select(d =>
                (d.Labels[ids[s]] == true, d.Sentences.Any(k => fires(set.All[k], probabilities[k][s])))));
            var baseline = DocCounts((x, _) => (x.Strict & bit) != 0);
            var best = (Name: "frames", Counts: baseline, Fire: 2f, Veto: 0f);
            foreach (var t in FireThresholds)
            {
                var c = DocCounts((x, p) => (x.Strict & bit) != 0 || (p >= t && (x.Relaxed & bit) != 0));
                if (F1(c) > F1(best.Counts) + 1e-9)
                {
                    best = ($"add ≥{t:0.00}", c, t, 0f);
                }
            }

            foreach (var v in VetoThresholds)
            {
                var c = DocCounts((x, p) => (x.Strict & bit) != 0 && p >= v);
                if (F1(c) > F1(best.Counts) + 1e-9)
                {
                    best = ($"veto <{v:0.00}", c, 2f, v);
                }

                foreach (var t in FireThresholds)
                {
                    c = DocCounts((x, p) => ((x.Strict & bit) != 0 && p >= v) || (p >= t && (x.Relaxed & bit) != 0));
                    if (F1(c) > F1(best.Counts) + 1e-9)
                    {
                        best = ($"both {v:0.00}/{t:0.00}", c, t, v);
                    }
                }
            }

            var keep = best.Name != "frames" && F1(best.Counts) >= F1(baseline) + minimumGain;
            chosen[s] = keep ? (best.Fire, best.Veto) : (2f, 0f);
            var final = keep ? best.Counts : baseline;
            Add(sumFrames, baseline);
            Add(sumChosen, final);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{ids[s],-30} | {Pr(frames),-16} {Pr(learned),-16} | {Prf(baseline),-32} | {best.Name,-10} {Prf(best.Counts),-32} | {(keep ? "yes" : "no")}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"{"all signals (micro)",-30} | documents: frames {Prf((sumFrames[0], sumFrames[1], sumFrames[2]))}; with the kept classifier {Prf((sumChosen[0], sumChosen[1], sumChosen[2]))}");
        output.Write(report.ToString());

        if (write)
        {
            var final = Enumerable.Range(0, ids.Length).AsParallel().WithDegreeOfParallelism(2)
                .Select(s => (s, Ftrl.Train(set, s, _ => true))).ToDictionary(p => p.s, p => p.Item2);
            var path = Path.Combine(corpus.Repository, "src", "Sourcewise.Core", "Data", "classifier.json");
            File.WriteAllText(path, Serialize(ids, final, chosen, set.Names, folds));
            output.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static double Option(IReadOnlyList<string> args, string name, double fallback)
    {
        var list = args.ToList();
        var i = list.IndexOf(name);
        return i >= 0 && i + 1 < list.Count ? double.Parse(list[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Serialize(string[] ids, Dictionary<int, Ftrl> models, (float Fire, float Veto)[] chosen,
        IReadOnlyDictionary<ulong, string> names, int folds)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (s, model) in models)
        {
            if (chosen[s].Fire > 1 && chosen[s].Veto <= 0)
            {
                continue;
            }

            foreach (var (feature, _) in model.Weights())
            {
                used.Add(names[feature]);
            }
        }

        var index = used.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var signals = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var s = 0; s < ids.Length; s++)
        {
            var model = models[s];
            if (chosen[s].Fire > 1 && chosen[s].Veto <= 0)
            {
                continue;
            }

            signals[ids[s]] = new
            {
                bias = Math.Round(model.Bias, 4),
                fire = chosen[s].Fire <= 1 ? (float?)chosen[s].Fire : null,
                veto = chosen[s].Veto > 0 ? (float?)chosen[s].Veto : null,
                weights = model.Weights().Select(w => new object[] { index[names[w.Feature]], Math.Round(w.Weight, 4) })
                    .OrderBy(p => (int)p[0]).ToArray(),
            };
        }

        return JsonSerializer.Serialize(new
        {
            comment = "The sentence classifier (Signals/Learned): per signal a logistic regression over the features of " +
                "SentenceFeatures, written by `sourcewise-train train --write` from eval/sentences.csv and the development " +
                $"documents' sentences ({folds}-fold cross-validation by document chose 'fire' and 'veto'; null = not used). " +
                "weights: [feature index, weight].",
            features = used.ToArray(),
            signals,
        }, new JsonSerializerOptions { WriteIndented = false }).Replace("],[", "],\n[", StringComparison.Ordinal) + "\n";
    }

    private static void Add(int[] sum, (int Tp, int Fp, int Fn) c)
    {
        sum[0] += c.Tp;
        sum[1] += c.Fp;
        sum[2] += c.Fn;
    }

    private static (int Tp, int Fp, int Fn) Counts(IEnumerable<(bool Truth, bool Predicted)> pairs)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (truth, predicted) in pairs)
        {
            tp += truth && predicted ? 1 : 0;
            fp += !truth && predicted ? 1 : 0;
            fn += truth && !predicted ? 1 : 0;
        }

        return (tp, fp, fn);
    }

    private static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / ((2.0 * c.Tp) + c.Fp + c.Fn);

    private static string Pr((int Tp, int Fp, int Fn) c) => string.Create(CultureInfo.InvariantCulture,
        $"{Ratio(c.Tp, c.Tp + c.Fp)}/{Ratio(c.Tp, c.Tp + c.Fn)}");

    private static string Prf((int Tp, int Fp, int Fn) c) => string.Create(CultureInfo.InvariantCulture,
        $"{Ratio(c.Tp, c.Tp + c.Fp)}/{Ratio(c.Tp, c.Tp + c.Fn)}/{F1(c):0.00} ({c.Tp}/{c.Fp}/{c.Fn})");

    private static string Ratio(int a, int b) => b == 0 ? "–" : ((double)a / b).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>One sentence of the training set: its document and fold, features, the row's signal and label (for a
/// labelled row), and which signals the frames fire on it (strict) and match relaxed.</summary>
internal sealed class Sample
{
    public required string Doc { get; init; }

    public required int Fold { get; init; }

    public required int[] Features { get; init; }

    public string? Signal { get; init; }

    public int Label { get; init; }

    public ulong Strict { get; init; }

    public ulong Relaxed { get; init; }
}

/// <summary>A development document with signal labels: its background sentences (indices into
/// <see cref="TrainingSet.All"/>) and, per signal, present (true), absent (false) or uncertain (null).</summary>
internal sealed record LabelledDocument(string Path, int Fold, List<int> Sentences, Dictionary<string, bool?> Labels);

internal sealed class TrainingSet
{
    public List<Sample> Labelled { get; } = [];

    public List<Sample> Background { get; } = [];

    public List<Sample> All { get; } = [];

    public List<LabelledDocument> Documents { get; } = [];

    /// <summary>Feature hash → name.</summary>
    public Dictionary<ulong, string> Names { get; } = [];

    /// <summary>Feature hash → dense index.</summary>
    public Dictionary<ulong, int> Index { get; } = [];

    public List<ulong> Hashes { get; } = [];

    public required string[] SignalIds { get; init; }

    public static int FoldOf(string doc, int folds)
    {
        var group = doc.StartsWith("written:", StringComparison.Ordinal) ? doc : doc;
        return (int)(Lexicon.Hash(group) % (ulong)folds);
    }

    public static TrainingSet Build(Corpus corpus, SignalCatalogue catalogue, int folds, TextWriter output)
    {
        var ids = catalogue.Signals.Select(s => s.Id).ToArray();
        var set = new TrainingSet { SignalIds = ids };
        var lexicon = catalogue.Lexicon;
        var detector = new SignalDetector(catalogue);
        var rows = Corpus.ReadCsv(Path.Combine(corpus.Repository, "eval", "sentences.csv"));
        var labels = corpus.SignalLabels
            .Where(r => corpus.Splits.GetValueOrDefault(r["path"]) == "dev")
            .GroupBy(r => r["path"])
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r["signal"], r => r["label"] switch
            {
                "present" => (bool?)true,
                "absent" => false,
                _ => null,
            }, StringComparer.Ordinal), StringComparer.Ordinal);

        // Read each corpus document once: its sentences and parties.
        var docs = rows.Select(r => r["doc"]).Where(d => !d.StartsWith("written:", StringComparison.Ordinal))
            .Concat(labels.Keys).Distinct(StringComparer.Ordinal).ToList();
        var texts = new ConcurrentDictionary<string, IReadOnlyList<ContractSentence>>(StringComparer.Ordinal);
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, doc =>
        {
            if (corpus.Splits.GetValueOrDefault(doc) != "dev")
            {
                return;
            }

            var text = ContractReader.ReadFileAsync(Path.Combine(corpus.Root, doc)).GetAwaiter().GetResult();
            if (text.Success)
            {
                texts[doc] = ContractSentences.Split(text.Value);
            }
        });

        var reader = new SentenceReader(lexicon);
        var features = new List<ulong>();
        var names = new List<string>();
        var parties = new Dictionary<string, PartyTable>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var doc = row["doc"];
            PartyTable table;
            if (texts.TryGetValue(doc, out var sentences))
            {
                table = parties.TryGetValue(doc, out var t) ? t : parties[doc] = PartyTable.Resolve(sentences, lexicon);
            }
            else if (doc.StartsWith("written:", StringComparison.Ordinal))
            {
                table = PartyTable.Resolve([new ContractSentence(null, 1, row["text"], ContractLineKind.Body, null, 1)], lexicon);
            }
            else
            {
                output.WriteLine($"skipped {row["id"]}: document {doc} is not a readable development document");
                continue;
            }

            reader.Read(row["text"], ContractLineKind.Body, table);
            var (strict, relaxed) = Bits(reader, catalogue);
            var sample = new Sample
            {
                Doc = doc,
                Fold = FoldOf(doc, folds),
                Features = set.Dense(reader, features, names),
                Signal = row["signal"],
                Label = row["label"] == "1" ? 1 : 0,
                Strict = strict,
                Relaxed = relaxed,
            };
            set.Labelled.Add(sample);
            set.All.Add(sample);
        }

        foreach (var (doc, docLabels) in labels.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!texts.TryGetValue(doc, out var sentences))
            {
                continue;
            }

            var indices = new List<int>();
            detector.Visit(sentences, (_, r, strict, relaxed) =>
            {
                var sample = new Sample
                {
                    Doc = doc,
                    Fold = FoldOf(doc, folds),
                    Features = set.Dense(r, features, names),
                    Strict = strict,
                    Relaxed = relaxed,
                };
                indices.Add(set.All.Count);
                set.Background.Add(sample);
                set.All.Add(sample);
            });
            set.Documents.Add(new LabelledDocument(doc, FoldOf(doc, folds), indices, docLabels));
        }

        return set;
    }

    private static (ulong Strict, ulong Relaxed) Bits(SentenceReader reader, SignalCatalogue catalogue)
    {
        ulong strict = 0, relaxed = 0;
        for (var s = 0; s < catalogue.Frames.Length; s++)
        {
            strict |= SignalDetector.FirstMatch(reader, catalogue.Frames[s].Frames) is null ? 0 : 1UL << s;
            relaxed |= SignalDetector.FirstMatch(reader, catalogue.Frames[s].Frames, relaxed: true) is null ? 0 : 1UL << s;
        }

        return (strict, relaxed);
    }

    private int[] Dense(SentenceReader reader, List<ulong> features, List<string> names)
    {
        features.Clear();
        names.Clear();
        SentenceFeatures.Extract(reader, features, names);
        var dense = new HashSet<int>();
        for (var i = 0; i < features.Count; i++)
        {
            if (!Index.TryGetValue(features[i], out var k))
            {
                k = Index[features[i]] = Hashes.Count;
                Hashes.Add(features[i]);
                Names[features[i]] = names[i];
            }

            dense.Add(k);
        }

        return [.. dense];
    }
}

/// <summary>Logistic regression trained online with FTRL-proximal (McMahan et al., 2013): per-coordinate learning
/// rates, L1 (sparse weights) and L2.</summary>
internal sealed class Ftrl
{
    public static double Alpha { get; set; } = 0.1;
    private const double Beta = 1.0;
    /// <summary>The background sentences' total weight, as a multiple of the labelled rows'.</summary>
    public static double Background { get; set; } = 2.0;

    public static double L1 { get; set; } = 0.5;

    public static double L2 { get; set; } = 1.0;

    public static int Epochs { get; set; } = 8;

    /// <summary>How far the positives are weighted up towards the negatives' total (0: not, 1: equal totals).</summary>
    public static double Balance { get; set; }

    private readonly double[] _z;
    private readonly double[] _n;
    private readonly TrainingSet _set;
    private double _biasZ;
    private double _biasN;

    private Ftrl(TrainingSet set)
    {
        _set = set;
        _z = new double[set.Hashes.Count];
        _n = new double[set.Hashes.Count];
    }

    public double Bias => WeightOf(_biasZ, _biasN, l1: 0);

    /// <summary>Trains the model of signal <paramref name="s"/> on the samples <paramref name="include"/> keeps.</summary>
    public static Ftrl Train(TrainingSet set, int s, Func<Sample, bool> include)
    {
        var id = set.SignalIds[s];
        var examples = new List<(Sample Sample, int Label, double Weight)>();
        var positives = set.Labelled.Where(x => x.Signal == id && x.Label == 1).Select(x => x.Doc + "\u0001" + string.Join(",", x.Features)).ToHashSet();
        foreach (var x in set.Labelled.Where(include))
        {
            if (x.Signal == id)
            {
                examples.Add((x, x.Label, 1.0));
            }
            else if (x.Label == 1 && !positives.Contains(x.Doc + "\u0001" + string.Join(",", x.Features)))
            {
                examples.Add((x, 0, 0.5));
            }
        }

        var labelledCount = examples.Count;
        var background = new List<Sample>();
        foreach (var d in set.Documents)
        {
            if (d.Labels.TryGetValue(id, out var label) && label == false)
            {
                background.AddRange(d.Sentences.Select(k => set.All[k]).Where(include));
            }
        }

        var weight = background.Count == 0 ? 0 : Math.Min(1.0, Background * labelledCount / background.Count);
        examples.AddRange(background.Select(x => (x, 0, weight)));
        if (Balance > 0)
        {
            var positive = examples.Where(e => e.Label == 1).Sum(e => e.Weight);
            var negative = examples.Where(e => e.Label == 0).Sum(e => e.Weight);
            var factor = positive == 0 ? 1 : Math.Pow(negative / positive, Balance);
            for (var k = 0; k < examples.Count; k++)
            {
                if (examples[k].Label == 1)
                {
                    examples[k] = (examples[k].Sample, 1, examples[k].Weight * factor);
                }
            }
        }

        var model = new Ftrl(set);
        var random = new Random(17 + s);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var (sample, label, w) = examples[k];
                model.Update(sample.Features, label, w);
            }
        }

        return model;
    }

    public float Probability(int[] features)
    {
        var z = Bias;
        foreach (var f in features)
        {
            z += WeightOf(_z[f], _n[f], L1);
        }

        return (float)(1 / (1 + Math.Exp(-z)));
    }

    public IEnumerable<(ulong Feature, double Weight)> Weights()
    {
        for (var f = 0; f < _z.Length; f++)
        {
            var w = WeightOf(_z[f], _n[f], L1);
            if (Math.Abs(w) >= 1e-3)
            {
                yield return (_set.Hashes[f], w);
            }
        }
    }

    private void Update(int[] features, int label, double weight)
    {
        var z = Bias;
        foreach (var f in features)
        {
            z += WeightOf(_z[f], _n[f], L1);
        }

        var p = 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
        var g = (p - label) * weight;
        var g2 = g * g;
        {
            var w = WeightOf(_biasZ, _biasN, 0);
            var sigma = (Math.Sqrt(_biasN + g2) - Math.Sqrt(_biasN)) / Alpha;
            _biasZ += g - (sigma * w);
            _biasN += g2;
        }

        foreach (var f in features)
        {
            var w = WeightOf(_z[f], _n[f], L1);
            var sigma = (Math.Sqrt(_n[f] + g2) - Math.Sqrt(_n[f])) / Alpha;
            _z[f] += g - (sigma * w);
            _n[f] += g2;
        }
    }

    private static double WeightOf(double z, double n, double l1) =>
        Math.Abs(z) <= l1 ? 0 : -(z - (Math.Sign(z) * l1)) / (((Beta + Math.Sqrt(n)) / Alpha) + L2);
}
