using System.Text.RegularExpressions;
using Sourcewise.Contracts;

namespace Sourcewise.Documents.Contracts;

/// <summary>Recognises numbered clauses and headings in running text.</summary>
internal static partial class LineKinds
{
    /// <summary>Whether the line starts with clause numbering: <c>4.</c>, <c>4.2</c>, <c>4.2.1.</c>, <c>4)</c>,
    /// <c>(a)</c>, <c>(iv)</c>, <c>a.</c>, <c>Section 5.</c>, <c>Article 3</c>, <c>Clause 7</c>, <c>§ 2</c>.</summary>
    /// <remarks>A bare number followed by a lower-case word ("3.4 will apply") is a wrapped cross-reference, not a
    /// clause.</remarks>
    public static bool StartsWithClauseNumber(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var length = MatchLength(text);
        if (length < 0)
        {
            return false;
        }

        if (char.IsDigit(text[0]))
        {
            var rest = text.AsSpan(length).TrimStart();
            return rest.Length == 0 || !char.IsLower(rest[0]);
        }

        return true;
    }

    /// <summary>Length of the clause number at the start, or 0.</summary>
    public static int ClauseNumberLength(string text) => Math.Max(MatchLength(text), 0);

    /// <summary>Length of the clause number at the start, or -1 when there is none.</summary>
    /// <remarks>A value match: every line of a document is tried, and a <see cref="Match"/> object per numbered
    /// line was a measurable share of reading a large text.</remarks>
    private static int MatchLength(string text)
    {
        foreach (var match in ClauseStart().EnumerateMatches(text))
        {
            return match.Length;
        }

        return -1;
    }

    /// <summary>Classifies a line of plain text (no markup): a numbered clause, an all-capitals heading, or body.</summary>
    public static ContractLineKind Classify(string text)
    {
        if (text.Length == 0)
        {
            return ContractLineKind.Body;
        }

        var numbered = StartsWithClauseNumber(text);
        if (IsCapitalsHeading(text))
        {
            return ContractLineKind.Heading;
        }

        if (!numbered)
        {
            return ContractLineKind.Body;
        }

        return IsNumberedTitle(text) ? ContractLineKind.Heading : ContractLineKind.Clause;
    }

    /// <summary>A numbered line whose rest is a short title in title case ("1. Services", "3.3. Change Orders.",
    /// "5. Term &amp; Termination"), i.e. a section heading rather than a clause.</summary>
    public static bool IsNumberedTitle(string text)
    {
        var length = ClauseNumberLength(text);
        if (length == 0)
        {
            return false;
        }

        var rest = text.AsSpan(length).Trim();
        if (rest.Length == 0 || rest.Length > 60 || !char.IsUpper(rest[0]) || rest[^1] is ',' or ';' or ':')
        {
            return false;
        }

        if (rest[^1] == '.')
        {
            rest = rest[..^1];
        }

        if (rest.IndexOfAny(".;:") >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word[0] != '&' && !MinorWord(word))
            {
                return false;
            }
        }

        return words is > 0 and <= 6;
    }

    private static bool MinorWord(ReadOnlySpan<char> word) =>
        word is "and" or "or" or "of" or "the" or "to" or "for" or "in" or "on" or "a" or "an" or "with" or "by";

    /// <summary>Classifies a line that directly follows <paramref name="previous"/> in the same paragraph (no blank
    /// line between): a number that starts it after a line that stopped mid-sentence ("… designate, at a minimum,
    /// one" / "(1) CO's Representative …") is part of the running text, not a new clause.</summary>
    public static ContractLineKind ClassifyInFlow(string text, string? previous)
    {
        var kind = Classify(text);
        if (kind != ContractLineKind.Clause || previous is null || previous.Length == 0)
        {
            return kind;
        }

        var last = previous[^1];
        if (!char.IsLower(last) && !char.IsDigit(last))
        {
            return kind;
        }

        var space = previous.LastIndexOf(' ');
        var lastWord = space < 0 ? previous : previous[(space + 1)..];
        return lastWord is "and" or "or" ? kind : ContractLineKind.Body;
    }

    /// <summary>A short line whose letters are all capitals ("MASTER SERVICES AGREEMENT", "5. TERM").</summary>
    public static bool IsCapitalsHeading(string text)
    {
        if (text.Length > 100)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 4;
    }

    [GeneratedRegex("""
        ^(?:
            (?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|Paragraph|PARAGRAPH|§)\s*\d{1,3}[A-Za-z]?(?:\.\d{1,3})*\.?(?=[\s:.\-\u2013\u2014]|$)
          | \d{1,3}(?:\.\d{1,3})+\.?(?=\s|$)
          | \d{1,3}[.)](?=\s)
          | \((?:[a-z]{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Z]|\d{1,3})\)(?=\s|$)
          | (?:[a-z]|[A-Z])[.)](?=\s+\S)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();
}
