namespace Sourcewise.Contracts;

/// <summary>Decides whether a hyphen at the end of a line splits one word ("manage-" / "ment") or joins a compound
/// ("third-" / "party"), using the words the document itself uses.</summary>
internal static class Hyphenation
{
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "non", "self", "co", "third", "cross", "well", "long", "short", "full", "part", "high", "low", "multi",
        "out", "off", "on", "end", "first", "second", "e", "x",
    };

    /// <summary>Whether the line ends with a letter followed by a hyphen and the next line starts with a lower-case
    /// letter, so the two may be one hyphenated word.</summary>
    public static bool IsCandidate(ReadOnlySpan<char> lineEnd, ReadOnlySpan<char> nextStart)
    {
        lineEnd = lineEnd.TrimEnd();
        nextStart = nextStart.TrimStart();
        return lineEnd.Length >= 2 && nextStart.Length >= 1
            && (lineEnd[^1] == '-' || lineEnd[^1] == '\u00AD')
            && char.IsLetter(lineEnd[^2]) && char.IsLower(nextStart[0]);
    }

    /// <summary>The letters before the final hyphen of <paramref name="lineEnd"/>.</summary>
    public static string LeftFragment(ReadOnlySpan<char> lineEnd)
    {
        lineEnd = lineEnd.TrimEnd();
        var end = lineEnd.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(lineEnd[start - 1]))
        {
            start--;
        }

        return lineEnd[start..end].ToString();
    }

    /// <summary>The leading letters of <paramref name="nextStart"/>.</summary>
    public static string RightFragment(ReadOnlySpan<char> nextStart)
    {
        nextStart = nextStart.TrimStart();
        var end = 0;
        while (end < nextStart.Length && char.IsLetter(nextStart[end]))
        {
            end++;
        }

        return nextStart[..end].ToString();
    }

    /// <summary>Whether <paramref name="left"/> + <paramref name="right"/> should be joined without the hyphen.</summary>
    /// <param name="left">Letters before the hyphen.</param>
    /// <param name="right">Letters after the line break.</param>
    /// <param name="isKnownWord">Whether the document uses a word (lower case) elsewhere.</param>
    public static bool JoinWithoutHyphen(string left, string right, Func<string, bool> isKnownWord)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        var joined = string.Concat(left, right).ToLowerInvariant();
        if (isKnownWord(joined))
        {
            return true;
        }

        var leftLower = left.ToLowerInvariant();
        var rightLower = right.ToLowerInvariant();
        if (isKnownWord(leftLower + "-" + rightLower))
        {
            return false;
        }

        if (CompoundPrefixes.Contains(leftLower))
        {
            return false;
        }

        // Two whole words the document uses elsewhere ("service-level", "time-sensitive") are a compound.
        if (left.Length >= 3 && right.Length >= 3 && isKnownWord(leftLower) && isKnownWord(rightLower))
        {
            return false;
        }

        return true;
    }

    /// <summary>Collects the lower-case words (letters and inner hyphens) of some lines.</summary>
    public static HashSet<string> Vocabulary(IEnumerable<string> lines)
    {
        // A long document has millions of words but only thousands of distinct ones: lower-case each word into a
        // buffer and look it up as a span, so a string is made only for a word not seen before.
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        foreach (var line in lines)
        {
            var span = line.AsSpan();
            var i = 0;
            while (i < span.Length)
            {
                if (!char.IsLetter(span[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < span.Length && (char.IsLetter(span[i])
                    || (span[i] == '-' && i + 1 < span.Length && char.IsLetter(span[i + 1]) && i > start)))
                {
                    i++;
                }

                // A word that ends the line with a hyphen is not evidence of anything.
                if (i < span.Length && span[i] == '-' && i == span.Length - 1)
                {
                    continue;
                }

                if (buffer.Length < i - start)
                {
                    buffer = new char[Math.Max(i - start, buffer.Length * 2)];
                }

                var word = buffer.AsSpan(0, span[start..i].ToLowerInvariant(buffer));
                lookup.Add(word);
                if (word.Contains('-'))
                {
                    foreach (var part in word.Split('-'))
                    {
                        lookup.Add(word[part]);
                    }
                }
            }
        }

        return words;
    }
}
