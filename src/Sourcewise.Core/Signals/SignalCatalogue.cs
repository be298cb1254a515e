using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Sourcewise.Signals.Learned;
using Sourcewise.Signals.Reading;

namespace Sourcewise.Signals;

/// <summary>The signal catalogue (definitions and the frames that say each signal), findings and claim labels,
/// read from the embedded <c>Data/signals.json</c> and <c>Data/lexicon.json</c>, with the sentence classifier's
/// weights from <c>Data/classifier.json</c>.</summary>
/// <threadsafety>Immutable; all members are thread-safe.</threadsafety>
public sealed class SignalCatalogue
{
    private static readonly Lazy<Lexicon> DefaultLexicon = new(() => Lexicon.Load(ReadEmbedded("lexicon.json")));
    private static readonly Lazy<SignalCatalogue> LazyDefault = new(() =>
        Load(ReadEmbedded("signals.json"), DefaultLexicon.Value, TryReadEmbedded("classifier.json")));
    private readonly FrozenDictionary<string, SignalDefinition> _byId;
    private readonly FrozenDictionary<string, FindingDefinition> _findings;

    private SignalCatalogue(ImmutableArray<SignalDefinition> signals, ImmutableArray<SignalFrames> frames,
        ImmutableArray<FindingDefinition> findings, ImmutableArray<ClaimLabel> claimLabels,
        FrozenDictionary<SignalStrength, double> weights, double minimumScore, double margin, Lexicon lexicon)
    {
        Signals = signals;
        Frames = frames;
        Findings = findings;
        ClaimLabels = claimLabels;
        Weights = weights;
        MinimumScore = minimumScore;
        Margin = margin;
        Lexicon = lexicon;
        _byId = Signals.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _findings = findings.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with Sourcewise.</summary>
    public static SignalCatalogue Default => LazyDefault.Value;

    /// <summary>Every signal, in catalogue order.</summary>
    public ImmutableArray<SignalDefinition> Signals { get; }

    /// <summary>Every finding, in catalogue order.</summary>
    public ImmutableArray<FindingDefinition> Findings { get; }

    /// <summary>The label phrases that say which model a document claims to be.</summary>
    public ImmutableArray<ClaimLabel> ClaimLabels { get; }

    /// <summary>The points per strength.</summary>
    public FrozenDictionary<SignalStrength, double> Weights { get; }

    /// <summary>The least score for which a model is named; below it the answer is undetermined.</summary>
    public double MinimumScore { get; }

    /// <summary>A runner-up that wins a core dimension and comes within this many points of the best makes the answer
    /// undetermined.</summary>
    public double Margin { get; }

    /// <summary>The signal ids, in catalogue order.</summary>
    public IEnumerable<string> SignalIds => Signals.Select(s => s.Id);

    /// <summary>The reading layer's vocabulary (<c>Data/lexicon.json</c>).</summary>
    internal Lexicon Lexicon { get; }

    /// <summary>Per signal (in catalogue order), the frames that say it.</summary>
    internal ImmutableArray<SignalFrames> Frames { get; }

    /// <summary>The model decision's weights and thresholds.</summary>
    internal DecisionRules Decision { get; private init; } = null!;

    /// <summary>What the document-level reading looks for: the frames that say a party performs services for the
    /// other, and the subject domains of deals that are not engagements for services.</summary>
    internal EngagementScope Scope { get; private init; } = EngagementScope.Empty;

    /// <summary>The learned layer (<c>Data/classifier.json</c>), or null when the frames are read alone.</summary>
    internal SentenceClassifier? Classifier { get; private init; }

    /// <summary>The same catalogue with another learned layer (or none): for training and cross-validation.</summary>
    internal SignalCatalogue WithClassifier(SentenceClassifier? classifier) =>
        new(Signals, Frames, Findings, ClaimLabels, Weights, MinimumScore, Margin, Lexicon)
        {
            Scope = Scope,
            Decision = Decision,
            Classifier = classifier,
        };

    /// <summary>Finds a signal by id.</summary>
    public bool TryGetSignal(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SignalDefinition? signal) =>
        _byId.TryGetValue(id, out signal);

    /// <summary>A finding by id.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the catalogue.</exception>
    public FindingDefinition Finding(string id) => _findings[id];

    /// <summary>Reads a catalogue from JSON text in the format of <c>Data/signals.json</c>, with the shipped lexicon.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid catalogue (a build-time error: the data ships with the code).</exception>
    public static SignalCatalogue Load(string json) => Load(json, DefaultLexicon.Value);

    /// <summary>Reads a catalogue and its lexicon (<c>Data/lexicon.json</c> format).</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid catalogue or lexicon.</exception>
    public static SignalCatalogue Load(string json, string lexiconJson) => Load(json, Lexicon.Load(lexiconJson));

    /// <summary>Reads a catalogue, its lexicon and the sentence classifier's weights (<c>Data/classifier.json</c>
    /// format; null for none).</summary>
    internal static SignalCatalogue Load(string json, string lexiconJson, string? classifierJson) =>
        Load(json, Lexicon.Load(lexiconJson), classifierJson);

    private static SignalCatalogue Load(string json, Lexicon lexicon, string? classifierJson = null)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var weights = new Dictionary<SignalStrength, double>
        {
            [SignalStrength.Decisive] = root.GetProperty("weights").GetProperty("decisive").GetDouble(),
            [SignalStrength.Strong] = root.GetProperty("weights").GetProperty("strong").GetDouble(),
            [SignalStrength.Weak] = root.GetProperty("weights").GetProperty("weak").GetDouble(),
        };
        var classification = root.GetProperty("classification");
        var signals = ImmutableArray.CreateBuilder<SignalDefinition>();
        var frames = ImmutableArray.CreateBuilder<SignalFrames>();
        foreach (var s in root.GetProperty("signals").EnumerateArray())
        {
            var id = s.GetProperty("id").GetString()!;
            signals.Add(new SignalDefinition(
                id,
                s.GetProperty("title").GetString()!,
                ReadTowards(s.GetProperty("towards"), id),
                s.TryGetProperty("against", out var against)
                    ? [.. against.EnumerateArray().Select(a => ParseModel(a.GetString(), id))]
                    : [],
                ParseStrength(s.GetProperty("strength").GetString(), id),
                s.GetProperty("dimension").GetString()!,
                s.TryGetProperty("towardsWhen", out var when) ? when.GetProperty("signal").GetString() : null,
                s.TryGetProperty("towardsWhen", out var when2) ? ReadTowards(when2.GetProperty("towards"), id) : []));
            var list = s.TryGetProperty("frames", out var f)
                ? f.EnumerateArray().Select((e, i) => Frame.Load(e, id, i, lexicon)).ToImmutableArray()
                : [];
            var unless = s.TryGetProperty("unless", out var u)
                ? u.EnumerateArray().Select(x => x.GetString()!).ToImmutableArray()
                : [];
            frames.Add(new SignalFrames(id, list, unless));
        }

        var ids = signals.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var f in frames)
        {
            foreach (var other in f.Unless.Where(o => !ids.Contains(o)))
            {
                throw new InvalidDataException($"signal '{f.Signal}': unless '{other}' is not a signal id");
            }
        }

        var findings = root.GetProperty("findings").EnumerateArray().Select(f => new FindingDefinition(
            f.GetProperty("id").GetString()!,
            f.GetProperty("severity").GetString() switch
            {
                "error" => FindingSeverity.Error,
                "warning" => FindingSeverity.Warning,
                "info" => FindingSeverity.Info,
                var other => throw new InvalidDataException($"finding severity '{other}' is not info, warning or error"),
            },
            f.GetProperty("title").GetString()!,
            f.GetProperty("ask").GetString()!)).ToImmutableArray();
        var labels = root.GetProperty("claimLabels").EnumerateArray()
            .Select(l => new ClaimLabel(l.GetProperty("phrase").GetString()!.ToLowerInvariant(),
                ParseModel(l.GetProperty("model").GetString(), "claimLabels")))
            .ToImmutableArray();
        SentenceClassifier? classifier = null;
        if (classifierJson is not null)
        {
            using var weightsDocument = JsonDocument.Parse(classifierJson);
            classifier = SentenceClassifier.Load(weightsDocument.RootElement, [.. signals.Select(s => s.Id)]);
        }

        return new SignalCatalogue(signals.ToImmutable(), frames.ToImmutable(), findings, labels, weights.ToFrozenDictionary(),
            classification.GetProperty("minimumScore").GetDouble(), classification.GetProperty("margin").GetDouble(), lexicon)
        {
            Scope = root.TryGetProperty("scope", out var scope) ? EngagementScope.Load(scope, lexicon) : EngagementScope.Empty,
            Decision = ReadDecision(classification),
            Classifier = classifier,
        };
    }

    private static DecisionRules ReadDecision(JsonElement c)
    {
        var dimensions = c.TryGetProperty("dimensions", out var d)
            ? d.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal)
            : ImmutableDictionary<string, double>.Empty;
        return new DecisionRules(
            dimensions,
            c.TryGetProperty("core", out var core) ? [.. core.EnumerateArray().Select(e => e.GetString()!)] : [.. dimensions.Keys],
            c.TryGetProperty("decisiveBonus", out var bonus) ? bonus.GetDouble() : 0,
            c.TryGetProperty("minimumCoreDimensions", out var minimum) ? minimum.GetInt32() : 1,
            c.GetProperty("minimumScore").GetDouble(),
            c.GetProperty("margin").GetDouble(),
            c.TryGetProperty("signalDimensions", out var sd)
                ? sd.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
                : ImmutableDictionary<string, string>.Empty,
            c.TryGetProperty("decisiveConflictMargin", out var dc) ? dc.GetDouble() : double.NegativeInfinity);
    }

    private static ImmutableArray<SignalTowards> ReadTowards(JsonElement towards, string id) =>
        [.. towards.EnumerateArray().Select(t => new SignalTowards(
            ParseModel(t.GetProperty("model").GetString(), id),
            t.TryGetProperty("factor", out var f) ? f.GetDouble() : 1.0))];

    private static EngagementModel ParseModel(string? id, string where) =>
        EngagementModels.TryParse(id, out var model)
            ? model.Value
            : throw new InvalidDataException($"{where}: '{id}' is not a model id");

    private static SignalStrength ParseStrength(string? text, string id) => text switch
    {
        "weak" => SignalStrength.Weak,
        "strong" => SignalStrength.Strong,
        "decisive" => SignalStrength.Decisive,
        _ => throw new InvalidDataException($"signal '{id}': strength '{text}' is not weak, strong or decisive"),
    };

    private static string? TryReadEmbedded(string name)
    {
        using var stream = typeof(SignalCatalogue).Assembly.GetManifestResourceStream("Sourcewise.Data." + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static string ReadEmbedded(string name)
    {
        using var stream = typeof(SignalCatalogue).Assembly.GetManifestResourceStream("Sourcewise.Data." + name)
            ?? throw new InvalidDataException($"the embedded resource Sourcewise.Data.{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>The frames of one signal and the signals that cancel it in the same sentence.</summary>
internal sealed record SignalFrames(string Signal, ImmutableArray<Frame> Frames, ImmutableArray<string> Unless);
