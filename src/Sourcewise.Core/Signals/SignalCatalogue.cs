using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sourcewise.Signals;

/// <summary>The signal catalogue, findings and claim labels, read from the embedded <c>Data/signals.json</c>.</summary>
/// <threadsafety>Immutable; all members are thread-safe.</threadsafety>
public sealed partial class SignalCatalogue
{
    private static readonly Lazy<SignalCatalogue> LazyDefault = new(() => Load(ReadEmbedded()));
    private readonly FrozenDictionary<string, SignalDefinition> _byId;
    private readonly FrozenDictionary<string, FindingDefinition> _findings;
    private volatile bool _compiledReady;

    private SignalCatalogue(ImmutableArray<SignalRule> rules, ImmutableArray<FindingDefinition> findings,
        ImmutableArray<ClaimLabel> claimLabels, FrozenDictionary<SignalStrength, double> weights, double minimumScore,
        double margin)
    {
        Rules = rules;
        Signals = [.. rules.Select(r => r.Definition)];
        Findings = findings;
        ClaimLabels = claimLabels;
        Weights = weights;
        MinimumScore = minimumScore;
        Margin = margin;
        _byId = Signals.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _findings = findings.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _compiledReady = rules.All(r => r.IsGenerated);
        KeywordIndex = rules.Length <= KeywordIndex.MaxRules ? new KeywordIndex(rules) : null;
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

    /// <summary>The least best score for which a model is named; below it the answer is undetermined.</summary>
    public double MinimumScore { get; }

    /// <summary>A runner-up within this many points of the best makes the answer undetermined.</summary>
    public double Margin { get; }

    /// <summary>The signal ids, in catalogue order.</summary>
    public IEnumerable<string> SignalIds => Signals.Select(s => s.Id);

    internal ImmutableArray<SignalRule> Rules { get; }

    /// <summary>Every rule's keyword prefilter in one pass; null when there are too many rules for it.</summary>
    internal KeywordIndex? KeywordIndex { get; }

    /// <summary>Finds a signal by id.</summary>
    public bool TryGetSignal(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SignalDefinition? signal) =>
        _byId.TryGetValue(id, out signal);

    /// <summary>A finding by id.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the catalogue.</exception>
    public FindingDefinition Finding(string id) => _findings[id];

    /// <summary>Reads a catalogue from JSON text in the format of <c>Data/signals.json</c>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid catalogue (a build-time error: the data ships with the code).</exception>
    public static SignalCatalogue Load(string json)
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
        var macros = root.GetProperty("macros").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var rules = ImmutableArray.CreateBuilder<SignalRule>();
        foreach (var s in root.GetProperty("signals").EnumerateArray())
        {
            var id = s.GetProperty("id").GetString()!;
            var definition = new SignalDefinition(
                id,
                s.GetProperty("title").GetString()!,
                ReadTowards(s.GetProperty("towards"), id),
                s.TryGetProperty("against", out var against)
                    ? [.. against.EnumerateArray().Select(a => ParseModel(a.GetString(), id))]
                    : [],
                ParseStrength(s.GetProperty("strength").GetString(), id),
                s.GetProperty("dimension").GetString()!,
                s.TryGetProperty("towardsWhen", out var when) ? when.GetProperty("signal").GetString() : null,
                s.TryGetProperty("towardsWhen", out var when2) ? ReadTowards(when2.GetProperty("towards"), id) : []);
            rules.Add(new SignalRule(
                definition,
                [.. s.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!)],
                s.TryGetProperty("requires", out var requires) ? [.. requires.EnumerateArray().Select(k => k.GetString()!)] : [],
                Patterns(s, "cues", macros, id),
                Patterns(s, "negatedCues", macros, id),
                Patterns(s, "exclude", macros, id)));
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
        return new SignalCatalogue(rules.ToImmutable(), findings, labels, weights.ToFrozenDictionary(),
            classification.GetProperty("minimumScore").GetDouble(), classification.GetProperty("margin").GetDouble());
    }

    private static ImmutableArray<SignalTowards> ReadTowards(JsonElement towards, string id) =>
        [.. towards.EnumerateArray().Select(t => new SignalTowards(
            ParseModel(t.GetProperty("model").GetString(), id),
            t.TryGetProperty("factor", out var f) ? f.GetDouble() : 1.0))];

    /// <summary>Builds every rule's compiled regexes now, on all cores, if not built yet. Large documents use
    /// compiled regexes (faster per sentence, ~0.7 s of CPU to build); small ones use the interpreter (no build cost).
    /// Both engines give the same matches.</summary>
    internal void PrepareCompiled()
    {
        if (_compiledReady)
        {
            return;
        }

        Parallel.ForEach(Rules, rule => rule.Prepare(compiled: true));
        _compiledReady = true;
    }

    private static ImmutableArray<string> Patterns(JsonElement signal, string property,
        Dictionary<string, string> macros, string id)
    {
        if (!signal.TryGetProperty(property, out var patterns))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var p in patterns.EnumerateArray())
        {
            var expanded = MacroReference().Replace(p.GetString()!,
                m => macros.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
            try
            {
                // Validate now (a pattern compiled at build time is valid); the interpreter's parse is cheap.
                if (SignalPatterns.TryGet(expanded, out _))
                {
                    result.Add(expanded);
                    continue;
                }

                // Validate now (the interpreter's parse is cheap) so a bad pattern fails at load.
                _ = new Regex(expanded, SignalPatterns.Options);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"signal '{id}': {property} pattern is not a valid regex: {e.Message}", e);
            }

            result.Add(expanded);
        }

        return result.ToImmutable();
    }

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

    private static string ReadEmbedded()
    {
        using var stream = typeof(SignalCatalogue).Assembly.GetManifestResourceStream("Sourcewise.Data.signals.json")
            ?? throw new InvalidDataException("the embedded resource Sourcewise.Data.signals.json is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9]*)\}")]
    private static partial Regex MacroReference();
}
