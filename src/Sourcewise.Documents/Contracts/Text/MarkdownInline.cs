using System.Net;
using System.Text;

namespace Sourcewise.Documents.Contracts.Text;

/// <summary>Removes inline Markdown syntax (emphasis, code spans, links, images, inline HTML, escapes, entities)
/// and keeps the words.</summary>
internal static class MarkdownInline
{
    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny("*_`[]<>\\&~!") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
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
                        var close = text.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
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

                case '!' when i + 1 < text.Length && text[i + 1] == '[' && TryLink(text, i + 1, out var altText, out var afterImage):
                    sb.Append(Strip(altText));
                    i = afterImage;
                    continue;
                case '[' when TryLink(text, i, out var linkText, out var afterLink):
                    sb.Append(Strip(linkText));
                    i = afterLink;
                    continue;
                case '<':
                    {
                        var close = text.IndexOf('>', i + 1);
                        if (close > i + 1 && IsTagOrAutolink(text.AsSpan(i + 1, close - i - 1), out var autolink))
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

    /// <summary><c>[text](url)</c> or <c>[text][ref]</c> starting at <paramref name="open"/>.</summary>
    private static bool TryLink(string text, int open, out string linkText, out int after)
    {
        linkText = string.Empty;
        after = open;
        var depth = 0;
        var close = -1;
        for (var j = open; j < text.Length; j++)
        {
            if (text[j] == '\\')
            {
                j++;
                continue;
            }

            if (text[j] == '[')
            {
                depth++;
            }
            else if (text[j] == ']' && --depth == 0)
            {
                close = j;
                break;
            }
        }

        if (close < 0 || close + 1 >= text.Length)
        {
            return false;
        }

        var closer = text[close + 1] switch
        {
            '(' => ')',
            '[' => ']',
            _ => '\0',
        };
        if (closer == '\0')
        {
            return false;
        }

        var end = text.IndexOf(closer, close + 2);
        if (end < 0)
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
