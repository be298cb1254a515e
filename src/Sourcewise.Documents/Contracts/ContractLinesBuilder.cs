using System.Collections.Immutable;
using System.Text;
using Sourcewise.Contracts;

namespace Sourcewise.Documents.Contracts;

/// <summary>Collects the lines a reader produces, cleaning whitespace artefacts and numbering lines per page.</summary>
internal sealed class ContractLinesBuilder
{
    private readonly ImmutableArray<ContractLine>.Builder _lines = ImmutableArray.CreateBuilder<ContractLine>();
    private int? _page;
    private int _lineInPage;

    public int Count => _lines.Count;

    /// <summary>Starts a new page: later <see cref="AddNext"/> lines are numbered from 1 on it.</summary>
    public void StartPage(int page)
    {
        _page = page;
        _lineInPage = 0;
    }

    /// <summary>Adds a line numbered after the last one (empty text is skipped but still counted when
    /// <paramref name="countEmpty"/>).</summary>
    public void AddNext(string text, ContractLineKind kind, bool countEmpty = false)
    {
        var clean = Clean(text);
        if (clean.Length == 0)
        {
            if (countEmpty)
            {
                _lineInPage++;
            }

            return;
        }

        _lineInPage++;
        _lines.Add(new ContractLine(_page, _lineInPage, clean, kind));
    }

    /// <summary>Adds a line at an explicit position (source line numbers for text and Markdown).</summary>
    public void AddAt(int? page, int line, string text, ContractLineKind kind)
    {
        var clean = Clean(text);
        if (clean.Length > 0)
        {
            _lines.Add(new ContractLine(page, line, clean, kind));
        }
    }

    public ImmutableArray<ContractLine> ToImmutable() => _lines.ToImmutable();

    /// <summary>Trims, turns tabs and odd spaces into single spaces, drops control and zero-width characters.</summary>
    public static string Clean(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length == 0)
        {
            return string.Empty;
        }

        var needsWork = false;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < ' ' || c is '\u00A0' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2028'
                or '\u2029' or '\u202F' or '\u2007' or '\u2009' or '\u3000' || (c == ' ' && i > 0 && span[i - 1] == ' '))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var sb = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            var isSpace = c is '\t' or '\n' or '\r' or '\f' or '\v' or ' ' or '\u00A0' or '\u2028' or '\u2029'
                or '\u202F' or '\u2007' or '\u2009' or '\u3000';
            if (isSpace)
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            if (c < ' ')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd();
    }
}
