namespace Sourcewise.Signals.Reading;

/// <summary>Splits text into tokens: words (letters and digits), numbers, symbols (<c>$ % &amp; €</c> …),
/// punctuation, the possessive <c>'s</c> and the contracted negator <c>n't</c>. Hyphens, slashes and Markdown
/// emphasis separate words and are not tokens, so "day-to-day" reads as "day to day".</summary>
/// <remarks>The lexicon's entries go through the same scanner, so an entry and the text it should match always
/// split the same way.</remarks>
internal ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _pendingStart = -1;
    private int _pendingLength;
    private TokenKind _pendingKind;

    public TokenScanner(ReadOnlySpan<char> text)
    {
        _text = text;
    }

    /// <summary>Where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>The current token's length.</summary>
    public int Length { get; private set; }

    public TokenKind Kind { get; private set; }

    /// <summary>The character of a punctuation or symbol token.</summary>
    public readonly char Char => _text[Start];

    /// <summary>The current token's text.</summary>
    public readonly ReadOnlySpan<char> Current => _text.Slice(Start, Length);

    public bool MoveNext()
    {
        if (_pendingStart >= 0)
        {
            Set(_pendingStart, _pendingLength, _pendingKind);
            _pendingStart = -1;
            return true;
        }

        var text = _text;
        var i = _position;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || IsSeparator(text[i])))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = i;
            return false;
        }

        var c = text[i];
        if (char.IsLetter(c))
        {
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i < text.Length && IsApostrophe(text[i]))
            {
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                var after = i + 2 < text.Length ? text[i + 2] : ' ';
                if ((next is 's' or 'S') && !char.IsLetter(after))
                {
                    // "Client's": the word, then the possessive.
                    _position = i + 2;
                    Set(start, i - start, TokenKind.Word);
                    Pend(i, 2, TokenKind.Possessive);
                    return true;
                }

                if ((next is 't' or 'T') && i - start >= 2 && (text[i - 1] is 'n' or 'N') && !char.IsLetter(after))
                {
                    // "don't", "won't": "do" + "n't".
                    _position = i + 2;
                    Set(start, i - 1 - start, TokenKind.Word);
                    Pend(i - 1, 3, TokenKind.Word);
                    return true;
                }

                if (!char.IsLetter(next) && (text[i - 1] is 's' or 'S') && !(start > 0 && IsApostrophe(text[start - 1])))
                {
                    // "Clients'": a plural possessive.
                    _position = i + 1;
                    Set(start, i - start, TokenKind.Word);
                    Pend(i, 1, TokenKind.Possessive);
                    return true;
                }
            }

            _position = i;
            Set(start, i - start, TokenKind.Word);
            return true;
        }

        if (char.IsDigit(c))
        {
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))))
            {
                i++;
            }

            _position = i;
            Set(start, i - start, TokenKind.Number);
            return true;
        }

        _position = i + 1;
        Set(i, 1, IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punct);
        return true;
    }

    private void Set(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    private void Pend(int start, int length, TokenKind kind)
    {
        _pendingStart = start;
        _pendingLength = length;
        _pendingKind = kind;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    /// <summary>Characters that only separate words.</summary>
    private static bool IsSeparator(char c) => c is '-' or '–' or '—' or '/' or '\\' or '*' or '_' or '#' or '`' or '~' or '^' or '\u00AD' or '\u200B';

    private static bool IsSymbol(char c) => c is '$' or '%' or '&' or '€' or '£' or '¥' or '+' or '@' or '=';

    /// <summary>The lower-case words, numbers and symbols of a text, punctuation left out (for lexicon entries).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var scanner = new TokenScanner(text);
        while (scanner.MoveNext())
        {
            if (scanner.Kind != TokenKind.Punct && scanner.Kind != TokenKind.Possessive)
            {
                words.Add(scanner.Current.ToString().ToLowerInvariant());
            }
        }

        return words;
    }
}
