using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Sourcewise.Signals.Learned;

/// <summary>The learned layer: one logistic regression per signal over <see cref="SentenceFeatures"/>, trained by
/// <c>tools/Sourcewise.Train</c> on <c>eval/sentences.csv</c> and shipped as <c>Data/classifier.json</c>. Scoring a
/// sentence is one dictionary lookup per feature and a few additions; nothing is downloaded or loaded at run time
/// beyond the embedded file.</summary>
/// <remarks>How the detector uses it, per signal (the file says which, from the cross-validation that chose it):
/// <c>fire</c>, the probability at which a sentence the frames missed still carries the signal, provided a frame of
/// the signal matches it <em>relaxed</em> (its scope, form and parties agree; see <c>Frame.Matches</c>); and
/// <c>veto</c>, the probability below which a frame's match is dropped. A signal without either is read by its
/// frames alone.</remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
internal sealed class SentenceClassifier
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly ImmutableArray<(int Signal, float Weight)[]> _weights;
    private readonly ImmutableArray<string> _features;

    private SentenceClassifier(Dictionary<ulong, int> rows, ImmutableArray<(int, float)[]> weights, ImmutableArray<string> features,
        float[] bias, float[] fire, float[] veto)
    {
        _rows = rows;
        _weights = weights;
        _features = features;
        Bias = bias;
        Fire = fire;
        Veto = veto;
    }

    /// <summary>Per signal (catalogue order), the model's intercept.</summary>
    public IReadOnlyList<float> Bias { get; }

    /// <summary>Per signal, the probability at which the classifier adds a sentence the frames missed (above 1: never).</summary>
    public IReadOnlyList<float> Fire { get; }

    /// <summary>Per signal, the probability below which a frame's match is dropped (0: never).</summary>
    public IReadOnlyList<float> Veto { get; }

    /// <summary>Whether any signal uses the classifier.</summary>
    public bool InUse => Fire.Any(f => f <= 1) || Veto.Any(v => v > 0);

    /// <summary>Reads <c>classifier.json</c> against the catalogue's signal ids.</summary>
    public static SentenceClassifier Load(JsonElement root, IReadOnlyList<string> signalIds)
    {
        ArgumentNullException.ThrowIfNull(signalIds);
        var features = root.GetProperty("features").EnumerateArray().Select(f => f.GetString()!).ToImmutableArray();
        var rows = new Dictionary<ulong, int>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            if (!rows.TryAdd(SentenceFeatures.Hash(features[i]), i))
            {
                throw new InvalidDataException($"classifier.json: feature '{features[i]}' is listed twice (or its hash collides)");
            }
        }

        var lists = new List<(int, float)>[features.Length];
        var bias = new float[signalIds.Count];
        var fire = Enumerable.Repeat(2f, signalIds.Count).ToArray();
        var veto = new float[signalIds.Count];
        foreach (var signal in root.GetProperty("signals").EnumerateObject())
        {
            var s = IndexOf(signalIds, signal.Name);
            var model = signal.Value;
            bias[s] = model.GetProperty("bias").GetSingle();
            fire[s] = model.TryGetProperty("fire", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetSingle() : 2f;
            veto[s] = model.TryGetProperty("veto", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetSingle() : 0f;
            foreach (var pair in model.GetProperty("weights").EnumerateArray())
            {
                var row = pair[0].GetInt32();
                if (row < 0 || row >= features.Length)
                {
                    throw new InvalidDataException($"classifier.json: signal '{signal.Name}' has a weight for feature {row}, which does not exist");
                }

                (lists[row] ??= []).Add((s, pair[1].GetSingle()));
            }
        }

        return new SentenceClassifier(rows, [.. lists.Select(l => l?.ToArray() ?? [])], features, bias, fire, veto);
    }

    /// <summary>Adds up, per signal, the log-odds of a sentence from its features (each feature counted once);
    /// <paramref name="seen"/> is scratch space.</summary>
    public void Score(List<ulong> features, Span<float> logits, HashSet<int> seen)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(seen);
        for (var s = 0; s < logits.Length; s++)
        {
            logits[s] = Bias[s];
        }

        seen.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row) && seen.Add(row))
            {
                foreach (var (signal, weight) in _weights[row])
                {
                    logits[signal] += weight;
                }
            }
        }
    }

    /// <summary>The probability of a log-odds.</summary>
    public static float Probability(float logit) => 1f / (1f + MathF.Exp(-logit));

    /// <summary>The features that raised a signal's score most for this sentence, strongest first (for the
    /// explanation of a sentence the classifier added).</summary>
    public IEnumerable<string> TopFeatures(List<ulong> features, int signal, int count)
    {
        ArgumentNullException.ThrowIfNull(features);
        var found = new Dictionary<int, float>();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row) && !found.ContainsKey(row))
            {
                foreach (var (s, weight) in _weights[row])
                {
                    if (s == signal && weight > 0)
                    {
                        found[row] = weight;
                    }
                }
            }
        }

        return found.OrderByDescending(p => p.Value).Take(count).Select(p => _features[p.Key]);
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"classifier.json: '{id}' is not a signal of the catalogue"));
    }
}
