using System.Net;
using System.Text;

namespace Sourcewise.Documents.Contracts.Text;

/// <summary>Removes inline Markdown syntax (emphasis, code spans, links, images, inline HTML, escapes, entities)
/// and keeps the words.</summary>
internal static class MarkdownInline
{
    /// <summary>How far ahead a closing bracket, backtick or angle bracket is looked for, so hostile lines stay
    /// linear.</summary>
    private const int LookAhead = 2048;

    public static string Strip(string text) => Strip(text, 0);

    /// <summary>The next position of a character at or after a position that only grows, found once per
    /// occurrence (so a line of a million '[' costs a million steps, not a million scans).</summary>
    private struct Next(char c)
    {
        private int _cached = -2;

        public int From(string text, int from)
        {
            if (_cached == -1 || (_cached >= from && _cached != -2))
            {
                return _cached;
            }

            _cached = from < text.Length ? text.IndexOf(c, from) : -1;
            return _cached;
        }
    }

    private static string Strip(string text, int depth)
    {
        if (text.AsSpan().IndexOfAny("*_`[]<>\\&~!") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var closeBracket = new Next(']');
        var closeBracketOfReference = new Next(']');
        var closeParen = new Next(')');
        var closeParenOfBareTarget = new Next(')');
        var closeAngle = new Next('>');
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' when i + 1 < text.Length && char.IsPunctuation(text[i + 1]) || i + 1 < text.Length && char.IsSymbol(text[i + 1]):
                    sb.Append(text[i + 1]);
                    i += 2;
                    continue;
                case '`':
                    {
                        var run = RunLength(text, i, '`');
                        var close = text.IndexOf(new string('`', run), i + run, Math.Min(LookAhead, text.Length - i - run), StringComparison.Ordinal);
                        if (close > 0)
                        {
                            sb.Append(text.AsSpan(i + run, close - i - run).Trim());
                            i = close + run;
                            continue;
                        }

                        sb.Append(text, i, run);
                        i += run;
                        continue;
                    }

                case '!' when i + 1 < text.Length && text[i + 1] == '[' && depth < 4
                    && TryLink(text, i + 1, ref closeBracket, ref closeBracketOfReference, ref closeParen, out var altText, out var afterImage):
                    sb.Append(Strip(altText, depth + 1));
                    i = afterImage;
                    continue;
                case '[' when depth < 4
                    && TryLink(text, i, ref closeBracket, ref closeBracketOfReference, ref closeParen, out var linkText, out var afterLink):
                    sb.Append(Strip(linkText, depth + 1));
                    i = afterLink;
                    continue;
                case '[' when i + 1 < text.Length && char.IsLetter(text[i + 1]) && closeBracket.From(text, i + 1) < 0:
                    // A link whose text continues on the next line: "[US Web Design" / "System](https://…)".
                    i++;
                    continue;
                case ']' when i + 1 < text.Length && text[i + 1] == '(' && i < LookAhead && text.LastIndexOf('[', i) < 0:
                    {
                        var close = closeParenOfBareTarget.From(text, i + 2);
                        if (close > 0 && close - i < LookAhead && text.AsSpan(i + 2, close - i - 2).IndexOf(' ') < 0)
                        {
                            i = close + 1;
                            continue;
                        }

                        break;
                    }
                case '<':
                    {
                        var close = closeAngle.From(text, i + 1);
                        if (close > i + 1 && close - i < LookAhead && IsTagOrAutolink(text.AsSpan(i + 1, close - i - 1), out var autolink))
                        {
                            if (autolink is not null)
                            {
                                sb.Append(autolink);
                            }
                            else if (NeedsSpace(text.AsSpan(i + 1, close - i - 1)) && sb.Length > 0 && sb[^1] != ' ')
                            {
                                sb.Append(' ');
                            }

                            i = close + 1;
                            continue;
                        }

                        break;
                    }

                case '*' or '~':
                    {
                        var run = RunLength(text, i, c);
                        if (c == '~' && run < 2)
                        {
                            break;
                        }

                        var before = i > 0 ? text[i - 1] : ' ';
                        var after = i + run < text.Length ? text[i + run] : ' ';
                        if (char.IsWhiteSpace(before) && char.IsWhiteSpace(after))
                        {
                            sb.Append(text, i, run);
                        }

                        i += run;
                        continue;
                    }

                case '_':
                    {
                        var run = RunLength(text, i, '_');
                        var before = i > 0 ? text[i - 1] : ' ';
                        var after = i + run < text.Length ? text[i + run] : ' ';
                        var delimiter = run <= 2 && (!char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after))
                            && !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after));
                        if (!delimiter)
                        {
                            sb.Append(text, i, run);
                        }

                        i += run;
                        continue;
                    }
            }

            sb.Append(c);
            i++;
        }

        var result = sb.ToString();
        return result.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(result) : result;
    }

    private static int RunLength(string text, int i, char c)
    {
        var j = i;
        while (j < text.Length && text[j] == c)
        {
            j++;
        }

        return j - i;
    }

    /// <summary><c>[text](url)</c> or <c>[text][ref]</c> starting at <paramref name="open"/> (the link text ends at the
    /// first <c>]</c>).</summary>
    private static bool TryLink(string text, int open, ref Next closeBracket, ref Next closeBracketOfReference,
        ref Next closeParen, out string linkText, out int after)
    {
        linkText = string.Empty;
        after = open;
        var close = closeBracket.From(text, open + 1);
        if (close < 0 || close - open > LookAhead || close + 1 >= text.Length)
        {
            return false;
        }

        var end = text[close + 1] switch
        {
            '(' => closeParen.From(text, close + 2),
            '[' => closeBracketOfReference.From(text, close + 2),
            _ => -1,
        };
        if (end < 0 || end - close > LookAhead)
        {
            return false;
        }

        linkText = text.Substring(open + 1, close - open - 1);
        after = end + 1;
        return true;
    }

    private static bool IsTagOrAutolink(ReadOnlySpan<char> inside, out string? autolink)
    {
        autolink = null;
        if (inside.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || inside.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || inside.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            autolink = inside.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                ? inside[7..].ToString()
                : inside.ToString();
            return inside.IndexOf(' ') < 0;
        }

        if (inside.Length > 1 && inside[0] == '!' && inside.StartsWith("!--", StringComparison.Ordinal))
        {
            return true;
        }

        var name = inside[0] == '/' ? inside[1..] : inside;
        return name.Length > 0 && char.IsAsciiLetter(name[0]) && IsTagName(name);
    }

    private static bool IsTagName(ReadOnlySpan<char> name)
    {
        var end = name.IndexOfAny(" \t/");
        var tag = end < 0 ? name : name[..end];
        foreach (var ch in tag)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsSpace(ReadOnlySpan<char> inside) =>
        inside.StartsWith("br", StringComparison.OrdinalIgnoreCase)
        || inside.StartsWith("p", StringComparison.OrdinalIgnoreCase)
        || inside.StartsWith("/p", StringComparison.OrdinalIgnoreCase)
        || inside.StartsWith("li", StringComparison.OrdinalIgnoreCase)
        || inside.StartsWith("td", StringComparison.OrdinalIgnoreCase)
        || inside.StartsWith("/td", StringComparison.OrdinalIgnoreCase);
}
