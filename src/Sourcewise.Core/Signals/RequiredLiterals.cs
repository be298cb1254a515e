namespace Sourcewise.Signals;

/// <summary>Works out, from a regex, sets of literal strings of which every match must contain one (as a
/// case-insensitive substring): "(?:will|shall)\s+(?:supervise|direct)" needs one of {will, shall} and one of
/// {supervise, direct}. A sentence without them cannot match, so the regex need not be run on it. The analysis is
/// conservative: a construct it does not know (lookaround, backreference, inline options) gives no sets at all.</summary>
internal static class RequiredLiterals
{
    /// <summary>The most strings one set may hold (an alternation of more is not worth indexing).</summary>
    private const int MaxStrings = 64;

    /// <summary>The shortest string worth indexing: shorter ones occur in almost every sentence.</summary>
    private const int MinLength = 2;

    /// <summary>Words found in most sentences (as substrings, "on" in "upon", "contractor", "information"): a set
    /// with one of them rules out few sentences and costs the scan a hit at almost every word.</summary>
    private static readonly HashSet<string> Common = new(
        ["a", "all", "an", "and", "any", "as", "at", "be", "by", "each", "for", "from", "her", "his", "in", "is", "it",
            "its", "no", "not", "of", "on", "or", "per", "the", "this", "to", "with"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>How many sets are kept per pattern: the most selective ones.</summary>
    private const int MaxSets = 4;

    /// <summary>The sets worth checking before running the pattern (up to <see cref="MaxSets"/>, the longest
    /// strings first); empty when nothing useful is required.</summary>
    public static string[][] Choose(string pattern) =>
    [
        .. All(pattern)
            .Select(set => (Set: set, Shortest: set.Min(s => s.Length)))
            .Where(s => s.Shortest >= MinLength && !s.Set.Any(Common.Contains))
            .OrderByDescending(s => s.Shortest)
            .ThenBy(s => s.Set.Length)
            .Take(MaxSets)
            .Select(s => s.Set),
    ];

    /// <summary>Every required set found in the pattern (each non-empty, without the empty string).</summary>
    public static IReadOnlyList<string[]> All(string pattern)
    {
        try
        {
            return [.. Required(Analyse(new Parser(pattern).Parse())).Select(set => set.ToArray())];
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    private static Info Analyse(Node node)
    {
        switch (node)
        {
            case Literal literal:
                return new Info(Set(literal.Char.ToString()), []);
            case Anchor:
                return new Info(Set(string.Empty), []);
            case AnyChar:
                return new Info(null, []);
            case Repeat repeat:
                {
                    var item = Analyse(repeat.Item);
                    HashSet<string>? exact = null;
                    if (item.Exact is not null && repeat.Max is >= 0 and <= 3)
                    {
                        exact = Set();
                        var power = Set(string.Empty);
                        for (var k = 0; exact is not null; k++)
                        {
                            if (k >= repeat.Min)
                            {
                                exact.UnionWith(power);
                            }

                            if (k == repeat.Max)
                            {
                                break;
                            }

                            if (Product(power, item.Exact) is not { } next)
                            {
                                exact = null;
                                break;
                            }

                            power = next;
                        }

                        exact = exact is null || exact.Count > MaxStrings ? null : exact;
                    }

                    return new Info(exact, repeat.Min >= 1 ? Required(item) : []);
                }

            case Sequence sequence:
                {
                    var required = new List<HashSet<string>>();
                    var run = Set(string.Empty);
                    var allExact = true;
                    void Flush()
                    {
                        if (!run.Contains(string.Empty))
                        {
                            required.Add(run);
                        }

                        run = Set(string.Empty);
                    }

                    foreach (var item in sequence.Items.Select(Analyse))
                    {
                        if (item.Exact is null)
                        {
                            allExact = false;
                            Flush();
                            required.AddRange(item.Required);
                            continue;
                        }

                        if (Product(run, item.Exact) is { } longer)
                        {
                            run = longer;
                        }
                        else
                        {
                            // Too many combinations: what came before is required on its own, and so is this item.
                            allExact = false;
                            Flush();
                            run = item.Exact;
                        }
                    }

                    if (allExact)
                    {
                        return new Info(run, []);
                    }

                    Flush();
                    return new Info(null, required);
                }

            case Alternation alternation:
                {
                    var branches = alternation.Branches.Select(Analyse).ToList();
                    if (branches.All(b => b.Exact is not null))
                    {
                        var union = Set();
                        foreach (var branch in branches)
                        {
                            union.UnionWith(branch.Exact!);
                        }

                        if (union.Count <= MaxStrings)
                        {
                            return new Info(union, []);
                        }
                    }

                    // One of the branches matched, so one of the strings that branch requires is there.
                    var any = Set();
                    foreach (var branch in branches)
                    {
                        var sets = Required(branch);
                        if (sets.Count == 0)
                        {
                            return new Info(null, []);
                        }

                        any.UnionWith(sets.OrderByDescending(s => s.Min(t => t.Length)).ThenBy(s => s.Count).First());
                    }

                    return new Info(null, any.Count <= MaxStrings ? [any] : []);
                }

            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    private static List<HashSet<string>> Required(Info info) =>
        info.Exact is null ? info.Required
        : info.Exact.Contains(string.Empty) || info.Exact.Count > MaxStrings ? []
        : [info.Exact];

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxStrings)
        {
            return null;
        }

        var product = Set();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                product.Add(a + b);
            }
        }

        return product;
    }

    private static HashSet<string> Set(params string[] strings) => new(strings, StringComparer.OrdinalIgnoreCase);

    /// <summary>The strings the node can match when there are few (null: too many or unknown), and the sets of which
    /// every match contains one.</summary>
    private sealed record Info(HashSet<string>? Exact, List<HashSet<string>> Required);

    private abstract record Node;

    private sealed record Literal(char Char) : Node;

    /// <summary>A zero-width assertion (\b, ^, $): matches the empty string, as far as literals go.</summary>
    private sealed record Anchor : Node;

    /// <summary>One character of a class (\w, \s, [...], .).</summary>
    private sealed record AnyChar : Node;

    /// <summary>A repetition; <see cref="Max"/> is -1 for no upper bound.</summary>
    private sealed record Repeat(Node Item, int Min, int Max) : Node;

    private sealed record Sequence(IReadOnlyList<Node> Items) : Node;

    private sealed record Alternation(IReadOnlyList<Node> Branches) : Node;

    /// <summary>Reads the subset of .NET regex syntax the catalogue uses (without RegexOptions.IgnorePatternWhitespace);
    /// anything else throws <see cref="NotSupportedException"/>.</summary>
    private sealed class Parser(string pattern)
    {
        private int _at;

        public Node Parse()
        {
            var node = ParseAlternation();
            return _at == pattern.Length ? node : throw new NotSupportedException("unbalanced ')'");
        }

        private char? Peek => _at < pattern.Length ? pattern[_at] : null;

        private Node ParseAlternation()
        {
            var branches = new List<Node> { ParseSequence() };
            while (Peek == '|')
            {
                _at++;
                branches.Add(ParseSequence());
            }

            return branches.Count == 1 ? branches[0] : new Alternation(branches);
        }

        private Sequence ParseSequence()
        {
            var items = new List<Node>();
            while (Peek is { } c && c != '|' && c != ')')
            {
                items.Add(ParseQuantifiers(ParseAtom()));
            }

            return new Sequence(items);
        }

        private Node ParseAtom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    {
                        if (Peek == '?')
                        {
                            _at++;
                            if (Peek == ':')
                            {
                                _at++;
                            }
                            else if (Peek == '<' && _at + 1 < pattern.Length && char.IsAsciiLetter(pattern[_at + 1]))
                            {
                                var close = pattern.IndexOf('>', _at);
                                _at = close >= 0 ? close + 1 : throw new NotSupportedException("unclosed group name");
                            }
                            else
                            {
                                throw new NotSupportedException("group construct");
                            }
                        }

                        var inner = ParseAlternation();
                        if (Peek != ')')
                        {
                            throw new NotSupportedException("unclosed group");
                        }

                        _at++;
                        return inner;
                    }

                case '[':
                    SkipClass();
                    return new AnyChar();
                case '\\':
                    {
                        if (Peek is not { } e)
                        {
                            throw new NotSupportedException("trailing backslash");
                        }

                        _at++;
                        return e switch
                        {
                            'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => new Anchor(),
                            'w' or 'W' or 's' or 'S' or 'd' or 'D' => new AnyChar(),
                            _ when char.IsAsciiLetterOrDigit(e) => throw new NotSupportedException($"escape \\{e}"),
                            _ => new Literal(e),
                        };
                    }

                case '^' or '$':
                    return new Anchor();
                case '.':
                    return new AnyChar();
                case '*' or '+' or '?' or '{' or ')' or ']' or '}':
                    throw new NotSupportedException($"'{c}' where a character is expected");
                default:
                    return new Literal(c);
            }
        }

        private void SkipClass()
        {
            if (Peek == '^')
            {
                _at++;
            }

            if (Peek == ']')
            {
                _at++;
            }

            while (Peek is { } c)
            {
                _at++;
                switch (c)
                {
                    case ']':
                        return;
                    case '[':
                        throw new NotSupportedException("nested class");
                    case '\\':
                        _at++;
                        break;
                }
            }

            throw new NotSupportedException("unclosed class");
        }

        private Node ParseQuantifiers(Node atom)
        {
            while (Peek is { } c)
            {
                switch (c)
                {
                    case '*':
                        _at++;
                        atom = new Repeat(atom, 0, -1);
                        break;
                    case '+':
                        _at++;
                        atom = new Repeat(atom, 1, -1);
                        break;
                    case '?':
                        _at++;
                        atom = new Repeat(atom, 0, 1);
                        break;
                    case '{':
                        atom = ParseBraces(atom);
                        break;
                    default:
                        return atom;
                }

                // A lazy quantifier matches the same strings.
                if (Peek == '?')
                {
                    _at++;
                }
            }

            return atom;
        }

        private Repeat ParseBraces(Node atom)
        {
            var close = pattern.IndexOf('}', _at);
            var body = close < 0 ? string.Empty : pattern[(_at + 1)..close];
            var parts = body.Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var min))
            {
                throw new NotSupportedException("'{' that is not a quantifier");
            }

            var max = min;
            if (parts.Length == 2)
            {
                max = parts[1].Length == 0 ? -1
                    : int.TryParse(parts[1], System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var m) ? m
                    : throw new NotSupportedException("'{' that is not a quantifier");
            }

            _at = close + 1;
            return new Repeat(atom, min, max);
        }
    }
}
