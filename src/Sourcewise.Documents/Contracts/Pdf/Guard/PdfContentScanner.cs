using System.Buffers;
using System.Runtime.InteropServices;

namespace Sourcewise.Documents.Contracts.Pdf.Guard;

/// <summary>Scans a content stream as it is inflated, chunk by chunk, without keeping it: the deepest nesting of
/// arrays and dictionaries, and the names drawn with <c>/Name Do</c>. Strings, comments and inline image data are
/// skipped, so their bytes are not mistaken for operators.</summary>
internal sealed class PdfContentScanner(int maxDepth)
{
    private const int MaxTokenBytes = 128;

    private readonly List<byte> _token = new(MaxTokenBytes);
    private State _state = State.Between;
    private int _stringDepth;
    private int _depth;
    private string? _lastName;
    private int _inlineMatch;

    private enum State
    {
        Between,
        Comment,
        LiteralString,
        LiteralEscape,
        HexString,
        AfterLess,
        AfterGreater,
        Name,
        Regular,
        InlineImageStart,
        InlineImage,
    }

    /// <summary>Whether the nesting went deeper than the limit.</summary>
    public bool TooDeep { get; private set; }

    /// <summary>The names this stream draws with <c>Do</c>.</summary>
    public HashSet<string> Drawn { get; } = new(StringComparer.Ordinal);

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        var i = 0;
        while (i < chunk.Length && !TooDeep)
        {
            // Runs that cannot change anything but the state's end are skipped with vectorised searches (a bomb's
            // zeros, text in strings, comments); everything else goes byte by byte.
            var rest = chunk[i..];
            var skip = _state switch
            {
                State.Between => rest.IndexOfAnyExcept(White),
                State.Comment => rest.IndexOfAny((byte)'\n', (byte)'\r'),
                State.LiteralString => rest.IndexOfAny((byte)'\\', (byte)'(', (byte)')'),
                State.HexString => rest.IndexOf((byte)'>'),
                State.Name or State.Regular when _token.Count >= MaxTokenBytes => rest.IndexOfAny(WhiteOrDelimiter),
                _ => 0,
            };
            if (skip < 0)
            {
                return;
            }

            i += skip;
            if (i < chunk.Length)
            {
                Step(chunk[i++]);
            }
        }
    }

    private static readonly SearchValues<byte> White = SearchValues.Create(0, 9, 10, 12, 13, 32);

    private static readonly SearchValues<byte> WhiteOrDelimiter =
        SearchValues.Create([0, 9, 10, 12, 13, 32, .. "()<>[]{}/%"u8]);

    /// <summary>Ends the stream (a last token may be pending).</summary>
    public void Finish()
    {
        if (_state is State.Name or State.Regular)
        {
            EndToken();
        }
    }

    private void Step(byte b)
    {
        switch (_state)
        {
            case State.Comment:
                if (b is (byte)'\n' or (byte)'\r')
                {
                    _state = State.Between;
                }

                return;
            case State.LiteralString:
                if (b == '\\')
                {
                    _state = State.LiteralEscape;
                }
                else if (b == '(')
                {
                    _stringDepth++;
                }
                else if (b == ')' && --_stringDepth == 0)
                {
                    _state = State.Between;
                }

                return;
            case State.LiteralEscape:
                _state = State.LiteralString;
                return;
            case State.HexString:
                if (b == '>')
                {
                    _state = State.Between;
                }

                return;
            case State.AfterLess:
                if (b == '<')
                {
                    Open();
                    _state = State.Between;
                    return;
                }

                _state = b == '>' ? State.Between : State.HexString;
                return;
            case State.AfterGreater:
                _state = State.Between;
                if (b == '>')
                {
                    _depth = Math.Max(0, _depth - 1);
                    return;
                }

                break;
            case State.InlineImageStart:
                // One white-space byte follows ID, then the image data.
                _state = State.InlineImage;
                _inlineMatch = 0;
                return;
            case State.InlineImage:
                SkipInlineImage(b);
                return;
            case State.Name or State.Regular:
                if (!PdfLexer.IsWhite(b) && !PdfLexer.IsDelimiter(b))
                {
                    if (_token.Count < MaxTokenBytes)
                    {
                        _token.Add(b);
                    }

                    return;
                }

                EndToken();
                if (_state == State.InlineImageStart)
                {
                    // The white-space byte that ended "ID" is the one that separates it from the data.
                    _state = State.InlineImage;
                    _inlineMatch = 0;
                    return;
                }

                break;
        }

        Between(b);
    }

    private void Between(byte b)
    {
        switch (b)
        {
            case (byte)'%':
                _state = State.Comment;
                break;
            case (byte)'(':
                _state = State.LiteralString;
                _stringDepth = 1;
                _lastName = null;
                break;
            case (byte)'<':
                _state = State.AfterLess;
                _lastName = null;
                break;
            case (byte)'>':
                _state = State.AfterGreater;
                break;
            case (byte)'[':
                Open();
                _lastName = null;
                break;
            case (byte)']':
                _depth = Math.Max(0, _depth - 1);
                break;
            case (byte)'/':
                _state = State.Name;
                _token.Clear();
                break;
            case (byte)'{' or (byte)'}' or (byte)')':
                break;
            default:
                if (!PdfLexer.IsWhite(b))
                {
                    _state = State.Regular;
                    _token.Clear();
                    _token.Add(b);
                }

                break;
        }
    }

    private void Open()
    {
        if (++_depth > maxDepth)
        {
            TooDeep = true;
        }
    }

    private void EndToken()
    {
        var state = _state;
        _state = State.Between;
        if (state == State.Name)
        {
            _lastName = PdfLexer.DecodeName(CollectionsMarshal.AsSpan(_token));
            return;
        }

        var token = CollectionsMarshal.AsSpan(_token);
        if (token.SequenceEqual("Do"u8) && _lastName is not null)
        {
            Drawn.Add(_lastName);
        }
        else if (token.SequenceEqual("ID"u8))
        {
            _state = State.InlineImageStart;
        }

        _lastName = null;
    }

    /// <summary>Inline image data runs to "EI" between white space (the usual heuristic, as parsers use).</summary>
    private void SkipInlineImage(byte b)
    {
        switch (_inlineMatch)
        {
            case 0:
                _inlineMatch = PdfLexer.IsWhite(b) ? 1 : 0;
                break;
            case 1:
                _inlineMatch = b == 'E' ? 2 : PdfLexer.IsWhite(b) ? 1 : 0;
                break;
            case 2:
                _inlineMatch = b == 'I' ? 3 : PdfLexer.IsWhite(b) ? 1 : 0;
                break;
            case 3:
                if (PdfLexer.IsWhite(b) || PdfLexer.IsDelimiter(b))
                {
                    _state = State.Between;
                    _lastName = null;
                    if (!PdfLexer.IsWhite(b))
                    {
                        Between(b);
                    }
                }
                else
                {
                    _inlineMatch = 0;
                }

                break;
        }
    }
}
