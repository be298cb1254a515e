using System.Buffers;
using System.Collections.Immutable;
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
    public static string Clean(string text) => Clean(text.AsSpan(), text);

    /// <summary>Cleans a slice of a larger text (a source line) without copying it first.</summary>
    public static string Clean(ReadOnlySpan<char> text) => Clean(text, null);

    /// <summary>Cleans <paramref name="text"/>; returns <paramref name="original"/> itself (when given and it is the
    /// whole of <paramref name="text"/>) if nothing needs changing, so most lines cost one scan and no copy.</summary>
    private static string Clean(ReadOnlySpan<char> text, string? original)
    {
        var span = text.Trim();
        if (span.Length == 0)
        {
            return string.Empty;
        }

        // Contract lines are long and few need work: one cheap test per character, then a (vectorised) search for
        // a double space.
        if (!HasOddCharacter(span) && span.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return original is not null && span.Length == original.Length ? original : span.ToString();
        }

        // A third of contract lines have a double space somewhere: mend them into a buffer, not a StringBuilder.
        char[]? rented = null;
        var buffer = span.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        var length = 0;
        foreach (var c in span)
        {
            if (c is > ' ' and < '\u007F')
            {
                buffer[length++] = c; // the common case: printable ASCII other than a space
                continue;
            }

            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            var isSpace = c is '\t' or '\n' or '\r' or '\f' or '\v' or ' ' or '\u00A0' or '\u2028' or '\u2029'
                or '\u202F' or '\u2007' or '\u2009' or '\u3000';
            if (isSpace)
            {
                if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }

                continue;
            }

            if (c < ' ')
            {
                continue;
            }

            buffer[length++] = c;
        }

        var clean = new string(((ReadOnlySpan<char>)buffer[..length]).TrimEnd());
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return clean;
    }

    /// <summary>Whether the text has a control character or one of the odd spaces and zero-width characters
    /// <see cref="Clean(string)"/> removes or replaces.</summary>
    /// <remarks>A plain loop rather than <c>SearchValues</c>: with characters above U+00FF those search with generic
    /// code that is not precompiled, and a whole run reads a large text before the JIT has optimised it.</remarks>
    private static bool HasOddCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= ' ' and < '\u00A0')
            {
                continue;
            }

            if (c < ' ' || c is '\u00A0' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2028'
                or '\u2029' or '\u202F' or '\u2007' or '\u2009' or '\u3000')
            {
                return true;
            }
        }

        return false;
    }
}
