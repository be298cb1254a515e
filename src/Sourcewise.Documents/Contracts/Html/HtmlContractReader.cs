using System.Net;
using System.Text;
using Sourcewise.Contracts;

namespace Sourcewise.Documents.Contracts.Html;

/// <summary>Reads HTML with a small forgiving tokenizer (no DOM, no network): scripts, styles and comments are
/// dropped, entities decoded, block elements become lines, <c>h1</c>–<c>h6</c> headings, <c>li</c> clauses and
/// <c>tr</c> table rows (cells joined with " | "). Lines are numbered in order.</summary>
internal static class HtmlContractReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "hr", "li", "dt", "dd", "dl", "ul", "ol", "blockquote", "section", "article", "header",
        "footer", "nav", "aside", "main", "pre", "address", "figure", "figcaption", "caption", "center", "form",
        "fieldset", "legend", "details", "summary", "body", "html", "table", "thead", "tbody", "tfoot", "h1", "h2",
        "h3", "h4", "h5", "h6", "title", "option", "label",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "title", "svg", "math", "object", "iframe", "head",
    };

    public static ContractText Read(string html, string source, CancellationToken cancellationToken)
    {
        var state = new State();
        var i = 0;
        var steps = 0;
        while (i < html.Length)
        {
            if ((++steps & 8191) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                state.Text(html.AsSpan(i));
                break;
            }

            if (lt > i)
            {
                state.Text(html.AsSpan(i, lt - i));
            }

            i = lt;
            if (Matches(html, i, "<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (Matches(html, i, "<![CDATA["))
            {
                var end = html.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                state.Text(html.AsSpan(i + 9, (end < 0 ? html.Length : end) - i - 9), decode: false);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var end = html.IndexOf('>', i + 1);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (!TryReadTag(html, i, out var name, out var closing, out var selfClosing, out var after))
            {
                state.Text("<");
                i++;
                continue;
            }

            i = after;
            if (!closing && SkippedElements.Contains(name) && !selfClosing)
            {
                var close = IndexOfClosingTag(html, i, name);
                i = close < 0 ? html.Length : close;
                continue;
            }

            state.Tag(name, closing, selfClosing);
        }

        state.Flush();
        return new ContractText(source, "html", state.Lines.ToImmutable());
    }

    private static bool Matches(string html, int at, string prefix) =>
        string.CompareOrdinal(html, at, prefix, 0, prefix.Length) == 0;

    private static bool TryReadTag(string html, int at, out string name, out bool closing, out bool selfClosing, out int after)
    {
        name = string.Empty;
        closing = false;
        selfClosing = false;
        after = at;
        var j = at + 1;
        if (j < html.Length && html[j] == '/')
        {
            closing = true;
            j++;
        }

        var start = j;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':'))
        {
            j++;
        }

        if (j == start || !char.IsAsciiLetter(html[start]))
        {
            return false;
        }

        name = html[start..j];

        // Skip attributes, respecting quotes.
        char quote = '\0';
        while (j < html.Length)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                selfClosing = j > 0 && html[j - 1] == '/';
                after = j + 1;
                return true;
            }

            j++;
        }

        after = html.Length;
        return true;
    }

    private static int IndexOfClosingTag(string html, int from, string name)
    {
        var search = from;
        while (true)
        {
            var candidate = html.IndexOf("</", search, StringComparison.Ordinal);
            if (candidate < 0)
            {
                return -1;
            }

            if (string.Compare(html, candidate + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && candidate + 2 + name.Length < html.Length
                && !char.IsAsciiLetterOrDigit(html[candidate + 2 + name.Length]))
            {
                var end = html.IndexOf('>', candidate);
                return end < 0 ? html.Length : end + 1;
            }

            search = candidate + 2;
        }
    }

    private sealed class State
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _cells = [];
        private readonly StringBuilder _cell = new();
        private int _lineNumber;
        private int _headingDepth;
        private int _preDepth;
        private int _tableDepth;
        private bool _inRow;
        private bool _inListItem;

        public System.Collections.Immutable.ImmutableArray<ContractLine>.Builder Lines { get; } =
            System.Collections.Immutable.ImmutableArray.CreateBuilder<ContractLine>();

        public void Text(ReadOnlySpan<char> text, bool decode = true)
        {
            var decoded = decode && text.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(text.ToString()).AsSpan() : text;
            var target = _inRow ? _cell : _text;
            if (_preDepth > 0 && !_inRow)
            {
                foreach (var c in decoded)
                {
                    if (c == '\n')
                    {
                        Flush();
                    }
                    else
                    {
                        _text.Append(c);
                    }
                }

                return;
            }

            target.Append(decoded);
        }

        public void Tag(string name, bool closing, bool selfClosing)
        {
            var lower = name.ToLowerInvariant();
            switch (lower)
            {
                case "tr":
                    if (_tableDepth <= 1)
                    {
                        FlushRow();
                        _inRow = !closing;
                        if (_inRow)
                        {
                            Flush();
                        }

                        return;
                    }

                    break;
                case "td" or "th":
                    if (_inRow && _tableDepth <= 1)
                    {
                        FlushCell();
                        return;
                    }

                    break;
                case "table":
                    if (closing)
                    {
                        if (_tableDepth == 1)
                        {
                            FlushRow();
                            _inRow = false;
                        }

                        _tableDepth = Math.Max(0, _tableDepth - 1);
                    }
                    else if (!selfClosing)
                    {
                        _tableDepth++;
                    }

                    break;
            }

            if (_inRow)
            {
                // Block structure inside a cell only separates words.
                if (BlockElements.Contains(lower))
                {
                    _cell.Append(' ');
                }

                return;
            }

            if (!BlockElements.Contains(lower))
            {
                return;
            }

            Flush();
            if (lower is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && !selfClosing)
            {
                _headingDepth = Math.Max(0, _headingDepth + (closing ? -1 : 1));
            }
            else if (lower == "pre" && !selfClosing)
            {
                _preDepth = Math.Max(0, _preDepth + (closing ? -1 : 1));
            }
            else if (lower == "li")
            {
                _inListItem = !closing;
            }
            else if (lower is "ul" or "ol" && closing)
            {
                _inListItem = false;
            }
        }

        public void Flush()
        {
            if (_text.Length == 0)
            {
                return;
            }

            var text = ContractLinesBuilder.Clean(_text.ToString());
            _text.Clear();
            if (text.Length == 0)
            {
                return;
            }

            var kind = _headingDepth > 0 ? ContractLineKind.Heading : LineKinds.Classify(text);
            if (_inListItem && kind == ContractLineKind.Body)
            {
                kind = ContractLineKind.Clause;
            }

            Lines.Add(new ContractLine(null, ++_lineNumber, text, kind));
            _inListItem = false;
        }

        private void FlushCell()
        {
            var cell = ContractLinesBuilder.Clean(_cell.ToString());
            _cell.Clear();
            if (cell.Length > 0)
            {
                _cells.Add(cell);
            }
        }

        private void FlushRow()
        {
            FlushCell();
            if (_cells.Count > 0)
            {
                Lines.Add(new ContractLine(null, ++_lineNumber, string.Join(" | ", _cells), ContractLineKind.TableRow));
                _cells.Clear();
            }
        }
    }
}
