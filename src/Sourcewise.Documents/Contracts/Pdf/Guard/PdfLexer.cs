using System.Text;

namespace Sourcewise.Documents.Contracts.Pdf.Guard;

/// <summary>The kinds of token <see cref="PdfLexer"/> returns.</summary>
internal enum PdfTokenKind
{
    End,
    Integer,
    Real,
    Name,
    String,
    ArrayOpen,
    ArrayClose,
    DictOpen,
    DictClose,
    Keyword,
}

/// <summary>A forward-only tokenizer of PDF object syntax over a byte range: numbers, names, strings (skipped),
/// brackets and keywords. Linear and allocation-free except for the names a caller asks for; never throws on bad
/// input (an unterminated string simply runs to the end).</summary>
internal sealed class PdfLexer(byte[] data, int start, int end)
{
    private int _tokenStart;
    private int _tokenLength;

    public PdfLexer(byte[] data)
        : this(data, 0, data.Length)
    {
    }

    public byte[] Data => data;

    /// <summary>Where the next token starts looking.</summary>
    public int Position { get; set; } = start;

    public int End => end;

    public PdfTokenKind Kind { get; private set; }

    /// <summary>The value of an <see cref="PdfTokenKind.Integer"/> token (clamped to the range of a long).</summary>
    public long Integer { get; private set; }

    public ReadOnlySpan<byte> Token => data.AsSpan(_tokenStart, _tokenLength);

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == PdfTokenKind.Keyword && Token.SequenceEqual(keyword);

    /// <summary>The current name token's text without the slash, with <c>#xx</c> escapes decoded.</summary>
    public string NameText() => DecodeName(Token);

    public static string DecodeName(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(raw);
        }

        Span<byte> decoded = raw.Length <= 256 ? stackalloc byte[raw.Length] : new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && Hex(raw[i + 1]) >= 0 && Hex(raw[i + 2]) >= 0)
            {
                decoded[n++] = (byte)((Hex(raw[i + 1]) << 4) | Hex(raw[i + 2]));
                i += 2;
            }
            else
            {
                decoded[n++] = raw[i];
            }
        }

        return Encoding.Latin1.GetString(decoded[..n]);
    }

    public static int Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Reads the next token; false (and <see cref="PdfTokenKind.End"/>) at the end of the range.</summary>
    public bool Next()
    {
        var p = Position;
        while (true)
        {
            while (p < end && IsWhite(data[p]))
            {
                p++;
            }

            if (p < end && data[p] == '%')
            {
                while (p < end && data[p] is not (byte)'\n' and not (byte)'\r')
                {
                    p++;
                }

                continue;
            }

            break;
        }

        if (p >= end)
        {
            Position = end;
            Kind = PdfTokenKind.End;
            _tokenStart = end;
            _tokenLength = 0;
            return false;
        }

        var c = data[p];
        _tokenStart = p;
        switch (c)
        {
            case (byte)'[':
                Kind = PdfTokenKind.ArrayOpen;
                p++;
                break;
            case (byte)']':
                Kind = PdfTokenKind.ArrayClose;
                p++;
                break;
            case (byte)'<' when p + 1 < end && data[p + 1] == '<':
                Kind = PdfTokenKind.DictOpen;
                p += 2;
                break;
            case (byte)'>' when p + 1 < end && data[p + 1] == '>':
                Kind = PdfTokenKind.DictClose;
                p += 2;
                break;
            case (byte)'<':
                Kind = PdfTokenKind.String;
                var close = data.AsSpan(p + 1, end - p - 1).IndexOf((byte)'>');
                p = close < 0 ? end : p + 1 + close + 1;
                break;
            case (byte)'(':
                Kind = PdfTokenKind.String;
                p = SkipLiteralString(p + 1);
                break;
            case (byte)'/':
                p++;
                _tokenStart = p;
                while (p < end && !IsWhite(data[p]) && !IsDelimiter(data[p]))
                {
                    p++;
                }

                Kind = PdfTokenKind.Name;
                break;
            case (byte)')' or (byte)'>' or (byte)'{' or (byte)'}':
                // Stray delimiters: a one-byte keyword the parsers ignore.
                Kind = PdfTokenKind.Keyword;
                p++;
                break;
            default:
                while (p < end && !IsWhite(data[p]) && !IsDelimiter(data[p]))
                {
                    p++;
                }

                Kind = Classify(data.AsSpan(_tokenStart, p - _tokenStart));
                break;
        }

        _tokenLength = p - _tokenStart;
        Position = p;
        return true;
    }

    private PdfTokenKind Classify(ReadOnlySpan<byte> token)
    {
        var digits = token;
        if (digits.Length > 0 && digits[0] is (byte)'+' or (byte)'-')
        {
            digits = digits[1..];
        }

        if (digits.Length == 0)
        {
            return PdfTokenKind.Keyword;
        }

        var dot = false;
        foreach (var b in digits)
        {
            if (b == '.' && !dot)
            {
                dot = true;
            }
            else if (b is < (byte)'0' or > (byte)'9')
            {
                return PdfTokenKind.Keyword;
            }
        }

        if (dot || digits.Length > 18)
        {
            return digits.Length == 1 ? PdfTokenKind.Keyword : PdfTokenKind.Real;
        }

        long value = 0;
        foreach (var b in digits)
        {
            value = (value * 10) + (b - '0');
        }

        Integer = token[0] == '-' ? -value : value;
        return PdfTokenKind.Integer;
    }

    private int SkipLiteralString(int p)
    {
        var depth = 1;
        while (p < end)
        {
            switch (data[p])
            {
                case (byte)'\\':
                    p += 2;
                    continue;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return p + 1;
                    }

                    break;
            }

            p++;
        }

        return end;
    }
}
