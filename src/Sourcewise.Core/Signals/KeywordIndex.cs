using System.Buffers;

namespace Sourcewise.Signals;

/// <summary>The keyword prefilter of every rule in one pass over a sentence: which rules have a keyword (and, when
/// they have a second set, a required word) in the sentence. Same answer as each rule's own
/// <see cref="SignalRule.Keywords"/> and <see cref="SignalRule.Requires"/> tests (ordinal, case-insensitive substring),
/// at the cost of one scan instead of one or two per rule.</summary>
internal sealed class KeywordIndex
{
    /// <summary>The most rules one index covers (a bit each in a <see cref="ulong"/>).</summary>
    public const int MaxRules = 64;

    private readonly SearchValues<string> _all;

    /// <summary>Words by their ASCII first letter, lower-cased (index 0..127).</summary>
    private readonly Word[][] _byFirst;

    /// <summary>Words that start with a character outside ASCII: checked at every hit.</summary>
    private readonly Word[] _other;

    /// <summary>The rules that need no required word (their requires test always passes).</summary>
    private readonly ulong _noRequires;

    /// <summary>The rules with an empty keyword (found in every sentence).</summary>
    private readonly ulong _emptyKeyword;

    public KeywordIndex(IReadOnlyList<SignalRule> rules)
    {
        if (rules.Count > MaxRules)
        {
            throw new ArgumentOutOfRangeException(nameof(rules), rules.Count, $"at most {MaxRules} rules");
        }

        var words = new Dictionary<string, Word>(StringComparer.Ordinal);
        ulong noRequires = 0, emptyKeyword = 0;
        void Add(string text, int rule, bool required)
        {
            if (text.Length == 0)
            {
                // The empty string occurs in every sentence, even an empty one.
                if (required)
                {
                    noRequires |= 1UL << rule;
                }
                else
                {
                    emptyKeyword |= 1UL << rule;
                }

                return;
            }

            var word = words.TryGetValue(text, out var w) ? w : new Word(text, 0, 0);
            words[text] = required
                ? word with { RequiresOf = word.RequiresOf | (1UL << rule) }
                : word with { KeywordOf = word.KeywordOf | (1UL << rule) };
        }

        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var keyword in rules[r].KeywordList)
            {
                Add(keyword, r, required: false);
            }

            if (rules[r].RequiresList.Count == 0)
            {
                noRequires |= 1UL << r;
            }

            foreach (var required in rules[r].RequiresList)
            {
                Add(required, r, required: true);
            }
        }

        _noRequires = noRequires;
        _emptyKeyword = emptyKeyword;
        _all = SearchValues.Create([.. words.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirst = new Word[128][];
        for (var c = 0; c < 128; c++)
        {
            _byFirst[c] = [.. words.Values.Where(w => w.Text[0] < 128 && Lower(w.Text[0]) == c)];
        }

        _other = [.. words.Values.Where(w => w.Text[0] >= 128)];
    }

    /// <summary>The rules (bit r for rule r) whose keyword prefilter passes on the sentence.</summary>
    public ulong Candidates(ReadOnlySpan<char> sentence)
    {
        ulong keywords = _emptyKeyword, requires = 0;
        var offset = 0;
        while (true)
        {
            var hit = sentence[offset..].IndexOfAny(_all);
            if (hit < 0)
            {
                break;
            }

            var at = sentence[(offset + hit)..];
            // A word may only match where the character is its first letter in either case; a character outside ASCII
            // can only match the words that start outside ASCII, or (by case folding) any: check them all then.
            var first = at[0];
            if (first < 128)
            {
                Collect(_byFirst[Lower(first)], at, ref keywords, ref requires);
            }
            else
            {
                foreach (var bucket in _byFirst)
                {
                    Collect(bucket, at, ref keywords, ref requires);
                }
            }

            Collect(_other, at, ref keywords, ref requires);
            offset += hit + 1;
        }

        return keywords & (requires | _noRequires);
    }

    private static void Collect(Word[] words, ReadOnlySpan<char> at, ref ulong keywords, ref ulong requires)
    {
        foreach (var word in words)
        {
            if (at.StartsWith(word.Text, StringComparison.OrdinalIgnoreCase))
            {
                keywords |= word.KeywordOf;
                requires |= word.RequiresOf;
            }
        }
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;

    /// <summary>One keyword or required word and the rules (bits) that list it in each set.</summary>
    private readonly record struct Word(string Text, ulong KeywordOf, ulong RequiresOf);
}
