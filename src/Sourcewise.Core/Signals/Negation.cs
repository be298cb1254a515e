using System.Text.RegularExpressions;

namespace Sourcewise.Signals;

/// <summary>Decides whether a match sits in a negated clause ("the Client shall not direct…", "Nothing in this
/// Agreement shall…"), ignoring phrases that only look negative ("no later than", "at no additional cost").</summary>
internal static partial class Negation
{
    /// <summary>How far before a match a negator may stand (characters), within the same clause.</summary>
    private const int Reach = 100;

    public static bool IsNegated(string sentence, int index, int length)
    {
        var clauseStart = ClauseStart(sentence, index);
        var start = Math.Max(clauseStart, index - Reach);
        // Start the window at a word boundary.
        while (start > clauseStart && !char.IsWhiteSpace(sentence[start - 1]))
        {
            start--;
        }

        var window = sentence.AsSpan(start, index + length - start);
        foreach (var m in Negators().EnumerateMatches(window))
        {
            var text = window.Slice(m.Index, m.Length);
            if (IsNegator(text))
            {
                return true;
            }
        }

        // "Nothing in this Agreement…", "Neither party…", "No Control by the Company": the whole first clause.
        return SentenceNegators().IsMatch(sentence) && FirstClauseEnd(sentence) >= index;
    }

    private static bool IsNegator(ReadOnlySpan<char> text) =>
        text.Equals("not", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase)
        || text.Equals("never", StringComparison.OrdinalIgnoreCase) || text.Equals("nothing", StringComparison.OrdinalIgnoreCase)
        || text.Equals("neither", StringComparison.OrdinalIgnoreCase) || text.Equals("nor", StringComparison.OrdinalIgnoreCase)
        || text.Equals("cannot", StringComparison.OrdinalIgnoreCase) || text.Equals("n't", StringComparison.OrdinalIgnoreCase)
        || text.Equals("none", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the clause holding <paramref name="index"/> starts, as far as the negation window can reach:
    /// only breaks near the match matter, so only that stretch is read (a huge unpunctuated sentence stays linear).</summary>
    private static int ClauseStart(string sentence, int index)
    {
        var from = Math.Max(0, index - Reach - 40);
        var best = 0;
        var punct = sentence.AsSpan(from, index - from).LastIndexOfAny(';', ':');
        if (punct >= 0)
        {
            best = from + punct + 1;
        }

        // Read a little past the match so that a break's lookahead can see the words after it.
        var to = Math.Min(sentence.Length, index + 80);
        foreach (var m in ClauseBreaks().EnumerateMatches(sentence.AsSpan(from, to - from)))
        {
            if (from + m.Index + m.Length > index)
            {
                break;
            }

            best = Math.Max(best, from + m.Index + m.Length);
        }

        return best;
    }

    private static int FirstClauseEnd(string sentence)
    {
        var end = sentence.AsSpan().IndexOfAny(';', ':');
        var br = ClauseBreaks().Match(sentence);
        if (br.Success && (end < 0 || br.Index < end))
        {
            end = br.Index;
        }

        return end < 0 ? sentence.Length : end;
    }

    // Benign phrases come first in the alternation so that they consume their "no"/"not" before it is seen alone.
    [GeneratedRegex(@"\b(?:no|not)\s+(?:later|less|more|fewer|greater|earlier)\s+than\b|\bnot[-\s]+to[-\s]+exceed\b|\bat\s+no\s+(?:additional\s+|extra\s+|further\s+)?(?:cost|charge|expense|fee)\b|\bwhether\s+or\s+not\b|\b(?:but\s+)?not\s+limited\s+to\b|\bif\s+not\b|\bnot\s+unreasonably\b|\bno\s+(?:additional|extra)\s+(?:cost|charge)\b|\b(?:is|are|were|was|be)\s+not\s+(?:met|achieved|available)\b|\b(?:does|do|did)\s+not\s+(?:meet|achieve|conform|comply|perform)\b|\bnot\s+(?:meet|achieve|conform)\b|\b(?:not|no|never|nothing|neither|nor|none|cannot)\b|n't\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negators();

    // ", and Provider will …" starts a new clause with its own subject, so a "not" before it does not reach it.
    [GeneratedRegex(@"\b(?:but|except|unless|provided\s+that|provided,\s+however|however|whereas|although|while|if)\b|,\s*and\s+(?=(?:[\w'’-]+\s+){1,3}(?:will|shall|may|must|can)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreaks();

    [GeneratedRegex(@"^[\W_\d]*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:nothing|neither|no|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceNegators();
}
