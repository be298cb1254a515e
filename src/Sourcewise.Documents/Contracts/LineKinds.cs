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

        var match = ClauseStart().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (char.IsDigit(text[0]))
        {
            var rest = text.AsSpan(match.Length).TrimStart();
            return rest.Length == 0 || !char.IsLower(rest[0]);
        }

        return true;
    }

    /// <summary>Length of the clause number at the start, or 0.</summary>
    public static int ClauseNumberLength(string text)
    {
        var match = ClauseStart().Match(text);
        return match.Success ? match.Length : 0;
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

        return numbered ? ContractLineKind.Clause : ContractLineKind.Body;
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
