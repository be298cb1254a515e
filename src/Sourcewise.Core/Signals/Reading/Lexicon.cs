using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace Sourcewise.Signals.Reading;

/// <summary>The reading layer's vocabulary, read from <c>Data/lexicon.json</c>: concepts (each a list of words and
/// phrases, matched by Porter stem or exactly), function-word classes, scope markers and the nouns that name a party
/// by its role.</summary>
/// <threadsafety>Immutable after loading, apart from a thread-safe cache of word look-ups.</threadsafety>
internal sealed class Lexicon
{
    /// <summary>Words cached at most; past it, look-ups are computed and not kept (a hostile document with millions
    /// of distinct words cannot grow memory without bound).</summary>
    private const int CacheLimit = 500_000;

    private readonly FrozenDictionary<string, int> _conceptIds;
    private readonly Dictionary<string, ConceptSet> _stemConcepts;
    private readonly Dictionary<string, ConceptSet> _wordConcepts;
    private readonly Dictionary<string, WordClass> _stemClasses;
    private readonly Dictionary<string, WordClass> _wordClasses;
    private readonly Dictionary<string, int> _stemKeys;
    private readonly Dictionary<string, int> _wordKeys;
    private readonly Dictionary<(bool Exact, int Key), List<Phrase>> _phrasesByFirst;
    private readonly ConcurrentDictionary<string, WordInfo> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordInfo _number;

    private Lexicon(JsonElement root)
    {
        var names = root.GetProperty("concepts").EnumerateObject().Select(p => p.Name).ToImmutableArray();
        if (names.Length > ConceptSet.Capacity)
        {
            throw new InvalidDataException($"lexicon: {names.Length} concepts; at most {ConceptSet.Capacity} are supported");
        }

        ConceptNames = names;
        _conceptIds = names.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        _stemConcepts = new(StringComparer.Ordinal);
        _wordConcepts = new(StringComparer.Ordinal);
        _stemClasses = new(StringComparer.Ordinal);
        _wordClasses = new(StringComparer.Ordinal);
        _stemKeys = new(StringComparer.Ordinal);
        _wordKeys = new(StringComparer.Ordinal);
        _phrasesByFirst = [];

        if (root.TryGetProperty("replacing", out var replacing))
        {
            Replacing = Concepts(replacing.EnumerateArray().Select(e => e.GetString()!));
        }

        foreach (var concept in root.GetProperty("concepts").EnumerateObject())
        {
            var set = ConceptSet.Of(_conceptIds[concept.Name]);
            foreach (var entry in concept.Value.EnumerateArray())
            {
                AddEntry(entry.GetString()!, set, WordClass.None, ScopeMarker.None, $"concepts.{concept.Name}");
            }
        }

        var classes = root.GetProperty("classes");
        AddClass(classes, "modal", WordClass.Modal);
        AddClass(classes, "be", WordClass.Be);
        AddClass(classes, "have", WordClass.Have);
        AddClass(classes, "determiner", WordClass.Determiner);
        AddClass(classes, "preposition", WordClass.Preposition);
        AddClass(classes, "conjunction", WordClass.Conjunction);
        AddClass(classes, "adverb", WordClass.Adverb);
        AddClass(classes, "negator", WordClass.Negator);
        AddClass(classes, "relative", WordClass.Relative);
        AddClass(classes, "agreeVerb", WordClass.AgreeVerb);
        AddClass(classes, "controlVerb", WordClass.ControlVerb);
        AddClass(classes, "participle", WordClass.Participle);

        var scope = root.GetProperty("scope");
        AddClass(scope, "limiter", WordClass.Limiter);
        AddClass(scope, "documentNoun", WordClass.DocumentNoun);
        AddClass(scope, "planNoun", WordClass.PlanNoun);
        AddClass(scope, "privative", WordClass.Privative);
        AddClass(scope, "definitionVerb", WordClass.DefinitionVerb);
        AddScope(scope, "benign", ScopeMarker.Benign);
        AddScope(scope, "conditional", ScopeMarker.Conditional);
        AddScope(scope, "exception", ScopeMarker.Exception);
        AddScope(scope, "break", ScopeMarker.Break);
        AddScope(scope, "subordinate", ScopeMarker.Subordinate);

        var roles = root.GetProperty("roles");
        AddClass(roles, "clientPronouns", WordClass.ClientPronoun);
        AddClass(roles, "vendorPronouns", WordClass.VendorPronoun);
        RoleNouns = new RoleNouns(
            Exact(roles, "client"), Exact(roles, "vendor"), Exact(roles, "strongClient"), Exact(roles, "strongVendor"),
            Phrases(roles, "third"), Phrases(roles, "both"), Exact(roles, "notParty"), Exact(roles, "other"));

        foreach (var list in _phrasesByFirst.Values)
        {
            list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        }

        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        _number = new WordInfo("#", "#", ConceptSet.Of(_conceptIds["NUMBER"]), WordClass.None, -1, -1, [], Hash("#"));
    }

    /// <summary>Concepts whose phrases replace the concepts of the words they cover ("intellectual property" is IP,
    /// not the "property" a party owns); the phrases of other concepts add theirs.</summary>
    public ConceptSet Replacing { get; }

    /// <summary>The concept names, by id.</summary>
    public ImmutableArray<string> ConceptNames { get; }

    /// <summary>The nouns and phrases that name a party by its role.</summary>
    public RoleNouns RoleNouns { get; }

    /// <summary>Reads a lexicon.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid lexicon (a build-time error: the data ships
    /// with the code).</exception>
    public static Lexicon Load(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            return new Lexicon(document.RootElement);
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidDataException($"lexicon: {e.Message}", e);
        }
    }

    /// <summary>The id of a concept.</summary>
    /// <exception cref="InvalidDataException">No such concept.</exception>
    public int Concept(string name) => _conceptIds.TryGetValue(name, out var id)
        ? id
        : throw new InvalidDataException($"'{name}' is not a concept of the lexicon");

    /// <summary>Whether a concept exists.</summary>
    public bool HasConcept(string name) => _conceptIds.ContainsKey(name);

    /// <summary>The set of the named concepts.</summary>
    public ConceptSet Concepts(IEnumerable<string> names)
    {
        var set = ConceptSet.Empty;
        foreach (var name in names)
        {
            set = set.Union(ConceptSet.Of(Concept(name)));
        }

        return set;
    }

    /// <summary>The names of the concepts in a set.</summary>
    public IEnumerable<string> Names(ConceptSet set) => set.Ids().Select(i => ConceptNames[i]);

    /// <summary>What the lexicon knows about a word, number or symbol (any case).</summary>
    public WordInfo Lookup(ReadOnlySpan<char> token, bool isNumber)
    {
        if (token.Length > 64)
        {
            return LookupLower(token.ToString().ToLowerInvariant(), isNumber);
        }

        Span<char> buffer = stackalloc char[64];
        var n = token.ToLowerInvariant(buffer);
        return LookupLower(buffer[..n], isNumber);
    }

    private WordInfo LookupLower(ReadOnlySpan<char> lower, bool isNumber)
    {
        if (_lookup.TryGetValue(lower, out var info))
        {
            return info;
        }

        var word = lower.ToString();
        if (isNumber && !_wordConcepts.ContainsKey(word) && !_wordKeys.ContainsKey(word))
        {
            return _number;
        }

        info = Build(word);
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(word, info);
        }

        return info;
    }

    private WordInfo Build(string word)
    {
        var stem = PorterStemmer.Stem(word);
        var concepts = ConceptSet.Empty;
        if (_stemConcepts.TryGetValue(stem, out var s))
        {
            concepts = concepts.Union(s);
        }

        if (_wordConcepts.TryGetValue(word, out var w))
        {
            concepts = concepts.Union(w);
        }

        var cls = (_stemClasses.TryGetValue(stem, out var sc) ? sc : WordClass.None)
            | (_wordClasses.TryGetValue(word, out var wc) ? wc : WordClass.None);
        var stemKey = _stemKeys.TryGetValue(stem, out var sk) ? sk : -1;
        var wordKey = _wordKeys.TryGetValue(word, out var wk) ? wk : -1;
        var phrases = new List<Phrase>();
        if (stemKey >= 0 && _phrasesByFirst.TryGetValue((false, stemKey), out var byStem))
        {
            phrases.AddRange(byStem);
        }

        if (wordKey >= 0 && _phrasesByFirst.TryGetValue((true, wordKey), out var byWord))
        {
            phrases.AddRange(byWord);
        }

        phrases.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        return new WordInfo(word, stem, concepts, cls, stemKey, wordKey, [.. phrases], Hash(stem));
    }

    /// <summary>FNV-1a, 64 bits: stable across runs and machines (string.GetHashCode is not).</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    private void AddEntry(string entry, ConceptSet concepts, WordClass cls, ScopeMarker scope, string where)
    {
        var exact = entry.StartsWith('=');
        var words = TokenScanner.Words(exact ? entry[1..] : entry);
        if (words.Count == 0)
        {
            throw new InvalidDataException($"lexicon: {where}: '{entry}' has no words");
        }

        if (words.Count == 1 && scope == ScopeMarker.None)
        {
            var word = words[0];
            if (exact)
            {
                _wordConcepts[word] = _wordConcepts.GetValueOrDefault(word).Union(concepts);
                _wordClasses[word] = _wordClasses.GetValueOrDefault(word) | cls;
            }
            else
            {
                var stem = PorterStemmer.Stem(word);
                _stemConcepts[stem] = _stemConcepts.GetValueOrDefault(stem).Union(concepts);
                _stemClasses[stem] = _stemClasses.GetValueOrDefault(stem) | cls;
            }

            return;
        }

        var keys = new int[words.Count];
        var exacts = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            exacts[i] = exact;
            keys[i] = exact ? Key(_wordKeys, words[i]) : Key(_stemKeys, PorterStemmer.Stem(words[i]));
        }

        var phrase = new Phrase(keys, exacts, concepts, scope);
        var first = (exact, keys[0]);
        if (!_phrasesByFirst.TryGetValue(first, out var list))
        {
            _phrasesByFirst[first] = list = [];
        }

        list.Add(phrase);
    }

    private static int Key(Dictionary<string, int> keys, string text)
    {
        if (!keys.TryGetValue(text, out var key))
        {
            keys[text] = key = keys.Count;
        }

        return key;
    }

    private void AddClass(JsonElement section, string name, WordClass cls)
    {
        foreach (var entry in section.GetProperty(name).EnumerateArray())
        {
            AddEntry(entry.GetString()!, ConceptSet.Empty, cls, ScopeMarker.None, name);
        }
    }

    private void AddScope(JsonElement section, string name, ScopeMarker marker)
    {
        foreach (var entry in section.GetProperty(name).EnumerateArray())
        {
            AddEntry(entry.GetString()!, ConceptSet.Empty, WordClass.None, marker, name);
        }
    }

    private static FrozenSet<string> Exact(JsonElement section, string name) =>
        section.GetProperty(name).EnumerateArray()
            .Select(e => string.Join(' ', TokenScanner.Words(e.GetString()!.TrimStart('='))))
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Exact lower-case word sequences, longest first.</summary>
    private static ImmutableArray<string[]> Phrases(JsonElement section, string name) =>
        [.. section.GetProperty(name).EnumerateArray()
            .Select(e => TokenScanner.Words(e.GetString()!.TrimStart('=')).ToArray())
            .OrderByDescending(p => p.Length)];

    /// <summary>The phrase keys a word can match: its stem's key and its exact key.</summary>
    public static bool KeyMatches(WordInfo info, int key, bool exact) =>
        exact ? info.WordKey == key : info.StemKey == key;
}

/// <summary>Role nouns from the lexicon, as exact lower-case words (phrases joined by spaces).</summary>
/// <param name="Client">Nouns that can name the client.</param>
/// <param name="Vendor">Nouns that can name the vendor.</param>
/// <param name="StrongClient">Nouns that name the client whatever the other party is called.</param>
/// <param name="StrongVendor">Nouns that name the vendor whatever the other party is called.</param>
/// <param name="Third">Phrases that name someone else (exact lower-case words, longest first).</param>
/// <param name="Both">Phrases that name both parties (exact lower-case words).</param>
/// <param name="NotParty">Defined terms that are not parties (exact lower-case words).</param>
/// <param name="Other">Nouns that name a party of another kind of deal ("Licensor", "Employer", "Guarantor").</param>
internal sealed record RoleNouns(
    FrozenSet<string> Client,
    FrozenSet<string> Vendor,
    FrozenSet<string> StrongClient,
    FrozenSet<string> StrongVendor,
    ImmutableArray<string[]> Third,
    ImmutableArray<string[]> Both,
    FrozenSet<string> NotParty,
    FrozenSet<string> Other);
