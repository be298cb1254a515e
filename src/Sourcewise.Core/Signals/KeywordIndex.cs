using System.Buffers;

namespace Sourcewise.Signals;

/// <summary>Every rule's keyword prefilter, and the literals each cue pattern needs (<see cref="RequiredLiterals"/>),
/// found in one pass over a sentence. The rules it lets through are exactly those whose own
/// <see cref="SignalRule.Keywords"/> and <see cref="SignalRule.Requires"/> tests pass (ordinal, case-insensitive
/// substring), at the cost of one scan instead of one or two per rule; a pattern it rules out cannot match.</summary>
internal sealed class KeywordIndex
{
    /// <summary>The most rules one index covers (a bit each in a <see cref="ulong"/>).</summary>
    public const int MaxRules = 64;

    /// <summary>Characters outside ASCII that the regex engine (IgnoreCase, CultureInvariant) takes for an ASCII
    /// letter while an ordinal case-insensitive comparison does not, or the other way round (the Kelvin sign is a k,
    /// the long s an s, the dotted and dotless i an i). In a sentence with one, every pattern is tried.</summary>
    internal const string CaseFoldingOddities = "\u0130\u0131\u017F\u212A\u212B";

    private static readonly SearchValues<char> Oddities = SearchValues.Create(CaseFoldingOddities);
    private static readonly Word[] NoWords = [];

    private readonly SearchValues<string> _all;

    /// <summary>Words of two or more characters by their first two, when ASCII, lower-cased: (c0 &lt;&lt; 7) | c1.</summary>
    private readonly Word[][] _byFirstTwo;

    /// <summary>One-character ASCII words, by the character lower-cased.</summary>
    private readonly Word[][] _single;

    /// <summary>Words whose first or second character is outside ASCII: checked at every hit.</summary>
    private readonly Word[] _other;

    private readonly Word[] _words;

    /// <summary>All words in one automaton, when they are all ASCII (null otherwise).</summary>
    private readonly Automaton? _automaton;

    /// <summary>The rules that need no required word (their requires test always passes).</summary>
    private readonly ulong _noRequires;

    /// <summary>The rules with an empty keyword (found in every sentence).</summary>
    private readonly ulong _emptyKeyword;

    /// <summary>Per rule, per pattern (cues, then negated cues, then exclusions): the literal sets it needs.</summary>
    private readonly int[][][] _patternSets;

    public KeywordIndex(IReadOnlyList<SignalRule> rules)
    {
        if (rules.Count > MaxRules)
        {
            throw new ArgumentOutOfRangeException(nameof(rules), rules.Count, $"at most {MaxRules} rules");
        }

        var words = new Dictionary<string, Word>(StringComparer.Ordinal);
        Word Get(string text) => words.TryGetValue(text, out var w) ? w : words[text] = new Word(text);
        ulong noRequires = 0, emptyKeyword = 0;
        var setIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _patternSets = new int[rules.Count][][];
        for (var r = 0; r < rules.Count; r++)
        {
            var bit = 1UL << r;
            foreach (var keyword in rules[r].KeywordList)
            {
                // The empty string occurs in every sentence, even an empty one.
                if (keyword.Length == 0)
                {
                    emptyKeyword |= bit;
                }
                else
                {
                    Get(keyword).KeywordOf |= bit;
                }
            }

            if (rules[r].RequiresList.Count == 0)
            {
                noRequires |= bit;
            }

            foreach (var required in rules[r].RequiresList)
            {
                if (required.Length == 0)
                {
                    noRequires |= bit;
                }
                else
                {
                    Get(required).RequiresOf |= bit;
                }
            }

            _patternSets[r] = new int[rules[r].PatternLiterals.Count][];
            for (var p = 0; p < _patternSets[r].Length; p++)
            {
                var literalSets = rules[r].PatternLiterals[p];
                _patternSets[r][p] = new int[literalSets.Length];
                for (var s = 0; s < literalSets.Length; s++)
                {
                    // Patterns that share a macro share its set: one bit for all of them.
                    var key = string.Join("\n", literalSets[s].Select(l => l.ToUpperInvariant()).Order(StringComparer.Ordinal));
                    if (!setIds.TryGetValue(key, out var set))
                    {
                        set = setIds[key] = setIds.Count;
                        foreach (var literal in literalSets[s])
                        {
                            Get(literal).Sets.Add(set);
                        }
                    }

                    _patternSets[r][p][s] = set;
                }
            }
        }

        _noRequires = noRequires;
        _emptyKeyword = emptyKeyword;
        SetWords = (setIds.Count + 63) / 64;
        _words = [.. words.Values];
        _all = SearchValues.Create([.. words.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstTwo = new Word[128 * 128][];
        _single = new Word[128][];
        Array.Fill(_byFirstTwo, NoWords);
        Array.Fill(_single, NoWords);
        foreach (var group in _words.Where(w => w.Text.Length >= 2 && w.Text[0] < 128 && w.Text[1] < 128)
                     .GroupBy(w => (Lower(w.Text[0]) << 7) | Lower(w.Text[1])))
        {
            _byFirstTwo[group.Key] = [.. group];
        }

        foreach (var group in _words.Where(w => w.Text.Length == 1 && w.Text[0] < 128).GroupBy(w => Lower(w.Text[0])))
        {
            _single[group.Key] = [.. group];
        }

        _other = [.. _words.Where(w => w.Text[0] >= 128 || (w.Text.Length >= 2 && w.Text[1] >= 128))];
        _automaton = Automaton.Build(_words);
    }

    /// <summary>How many <see cref="ulong"/>s <see cref="Scan"/> needs for the literal sets found.</summary>
    public int SetWords { get; }

    /// <summary>Scans a sentence: returns the rules (bit r for rule r) whose keyword prefilter passes, and sets in
    /// <paramref name="found"/> (<see cref="SetWords"/> long) a bit per literal set present.</summary>
    public ulong Scan(ReadOnlySpan<char> sentence, Span<ulong> found)
    {
        var hits = new Hits(found);
        found.Clear();
        if (_automaton is not null && _automaton.TryScan(sentence, ref hits))
        {
            return (hits.Keywords | _emptyKeyword) & (hits.Requires | _noRequires);
        }

        hits = new Hits(found);
        found.Clear();
        var offset = 0;
        while (true)
        {
            var hit = sentence[offset..].IndexOfAny(_all);
            if (hit < 0)
            {
                break;
            }

            var at = sentence[(offset + hit)..];
            // A word can only start here if its first two letters are these in either case. Outside ASCII, case
            // folding may map a character to an ASCII letter: check every word then.
            if (at[0] < 128 && (at.Length == 1 || at[1] < 128))
            {
                if (at.Length >= 2)
                {
                    Collect(_byFirstTwo[(Lower(at[0]) << 7) | Lower(at[1])], at, ref hits);
                }

                Collect(_single[Lower(at[0])], at, ref hits);
                Collect(_other, at, ref hits);
            }
            else
            {
                Collect(_words, at, ref hits);
            }

            offset += hit + 1;
        }

        if (sentence.ContainsAny(Oddities))
        {
            // The literal test may disagree with the regex engine here: let every pattern run.
            found.Fill(ulong.MaxValue);
        }

        return (hits.Keywords | _emptyKeyword) & (hits.Requires | _noRequires);
    }

    /// <summary>Which patterns of a rule may match, given the sets <see cref="Scan"/> found.</summary>
    public PatternGate Gate(int rule, ReadOnlySpan<ulong> found) => new(found, _patternSets[rule]);

    private static void Collect(Word[] words, ReadOnlySpan<char> at, ref Hits hits)
    {
        foreach (var word in words)
        {
            if (at.StartsWith(word.Text, StringComparison.OrdinalIgnoreCase))
            {
                hits.Keywords |= word.KeywordOf;
                hits.Requires |= word.RequiresOf;
                foreach (var set in word.Sets)
                {
                    hits.Found[set >> 6] |= 1UL << (set & 63);
                }
            }
        }
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;

    private ref struct Hits(Span<ulong> found)
    {
        public ulong Keywords;
        public ulong Requires;
        public readonly Span<ulong> Found = found;
    }

    /// <summary>An Aho-Corasick automaton over every word, ASCII case folded: one table step per character finds every
    /// word that ends there. Exact for ASCII words in a sentence without <see cref="CaseFoldingOddities"/> (no other
    /// character outside ASCII equals an ASCII letter, ordinally ignoring case), so it gives up on those.</summary>
    private sealed class Automaton
    {
        /// <summary>Character class per ASCII character: 0 for a character in no word, letters folded.</summary>
        private readonly byte[] _classes;
        private readonly int _classCount;

        /// <summary>Marks a next state at which words end (<see cref="_next"/>), so the loop looks up outputs only then.</summary>
        private const int EndsWords = 0x8000;

        /// <summary>The next state, by state * class count + class, with <see cref="EndsWords"/> when words end there.</summary>
        private readonly ushort[] _next;

        /// <summary>Per state, what the words ending there count for (null when none end there).</summary>
        private readonly Output?[] _outputs;

        private Automaton(byte[] classes, int classCount, ushort[] next, Output?[] outputs)
        {
            _classes = classes;
            _classCount = classCount;
            _next = next;
            _outputs = outputs;
        }

        public static Automaton? Build(IReadOnlyList<Word> words)
        {
            if (words.Any(w => w.Text.Any(c => c >= 128)))
            {
                return null;
            }

            var classes = new byte[128];
            var classCount = 1;
            foreach (var c in words.SelectMany(w => w.Text).Select(c => (char)Lower(c)).Distinct().Order())
            {
                if (classCount == byte.MaxValue)
                {
                    return null;
                }

                classes[c] = (byte)classCount++;
                if (c is >= 'a' and <= 'z')
                {
                    classes[c - 32] = classes[c];
                }
            }

            // The trie.
            var children = new List<Dictionary<int, int>> { new() };
            var ending = new List<List<Word>> { new() };
            foreach (var word in words)
            {
                var state = 0;
                foreach (var c in word.Text)
                {
                    var cls = classes[c];
                    if (!children[state].TryGetValue(cls, out var child))
                    {
                        child = children.Count;
                        children.Add([]);
                        ending.Add([]);
                        children[state][cls] = child;
                    }

                    state = child;
                }

                ending[state].Add(word);
            }

            if (children.Count >= EndsWords)
            {
                return null;
            }

            // Breadth first: each state's failure link is the longest proper suffix that is a trie state, and it
            // inherits that state's words and moves.
            var next = new ushort[children.Count * classCount];
            var fail = new int[children.Count];
            var outputs = new Output?[children.Count];
            var queue = new Queue<int>();
            for (var cls = 0; cls < classCount; cls++)
            {
                if (children[0].TryGetValue(cls, out var child))
                {
                    next[cls] = (ushort)child;
                    queue.Enqueue(child);
                }
            }

            while (queue.TryDequeue(out var state))
            {
                var ends = ending[state].Concat(outputs[fail[state]]?.Words ?? []).ToList();
                outputs[state] = ends.Count == 0 ? null : new Output(ends);
                for (var cls = 0; cls < classCount; cls++)
                {
                    if (children[state].TryGetValue(cls, out var child))
                    {
                        fail[child] = next[(fail[state] * classCount) + cls];
                        next[(state * classCount) + cls] = (ushort)child;
                        queue.Enqueue(child);
                    }
                    else
                    {
                        next[(state * classCount) + cls] = next[(fail[state] * classCount) + cls];
                    }
                }
            }

            for (var i = 0; i < next.Length; i++)
            {
                if (outputs[next[i]] is not null)
                {
                    next[i] |= EndsWords;
                }
            }

            return new Automaton(classes, classCount, next, outputs);
        }

        /// <summary>Finds every word in the sentence; false (nothing found) when it has a case-folding oddity.</summary>
        public bool TryScan(ReadOnlySpan<char> sentence, ref Hits hits)
        {
            var state = 0;
            foreach (var c in sentence)
            {
                int cls;
                if (c < 128)
                {
                    cls = _classes[c];
                }
                else if (CaseFoldingOddities.Contains(c, StringComparison.Ordinal))
                {
                    return false;
                }
                else
                {
                    cls = 0;
                }

                state = _next[(state * _classCount) + cls];
                if (state >= EndsWords)
                {
                    state -= EndsWords;
                    var output = _outputs[state]!;
                    hits.Keywords |= output.KeywordOf;
                    hits.Requires |= output.RequiresOf;
                    foreach (var (word, bits) in output.SetBits)
                    {
                        hits.Found[word] |= bits;
                    }
                }
            }

            return true;
        }

        private sealed class Output(List<Word> words)
        {
            public List<Word> Words { get; } = words;

            public ulong KeywordOf { get; } = words.Aggregate(0UL, (bits, w) => bits | w.KeywordOf);

            public ulong RequiresOf { get; } = words.Aggregate(0UL, (bits, w) => bits | w.RequiresOf);

            /// <summary>The literal sets found, as (index in the found span, bits).</summary>
            public (int Word, ulong Bits)[] SetBits { get; } =
            [
                .. words.SelectMany(w => w.Sets).Distinct().GroupBy(set => set >> 6)
                    .Select(g => (g.Key, g.Aggregate(0UL, (bits, set) => bits | (1UL << (set & 63))))),
            ];
        }
    }

    /// <summary>One keyword, required word or pattern literal, and what it counts for.</summary>
    private sealed class Word(string text)
    {
        public string Text { get; } = text;

        /// <summary>The rules (bits) that list it as a keyword.</summary>
        public ulong KeywordOf { get; set; }

        /// <summary>The rules (bits) that list it as a required word.</summary>
        public ulong RequiresOf { get; set; }

        /// <summary>The literal sets it belongs to.</summary>
        public List<int> Sets { get; } = [];
    }
}

/// <summary>Which of a rule's patterns may match a sentence: those whose literal sets were all found.</summary>
internal readonly ref struct PatternGate
{
    private readonly ReadOnlySpan<ulong> _found;
    private readonly int[][]? _sets;

    public PatternGate(ReadOnlySpan<ulong> found, int[][] sets)
    {
        _found = found;
        _sets = sets;
    }

    /// <summary>A gate that lets every pattern run.</summary>
    public static PatternGate Open => default;

    /// <summary>Whether pattern <paramref name="pattern"/> (cues, then negated cues, then exclusions) may match.</summary>
    public bool MayMatch(int pattern)
    {
        if (_sets is null)
        {
            return true;
        }

        foreach (var set in _sets[pattern])
        {
            if ((_found[set >> 6] & (1UL << (set & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
