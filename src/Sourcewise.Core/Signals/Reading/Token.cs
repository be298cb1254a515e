namespace Sourcewise.Signals.Reading;

/// <summary>One token of a sentence: where it is, what the lexicon says about it, which party it names and which
/// scope it stands in.</summary>
internal struct Token
{
    /// <summary>Where the token starts in the sentence text.</summary>
    public int Start;

    /// <summary>Its length in characters.</summary>
    public int Length;

    public TokenKind Kind;

    /// <summary>The lexicon's entry for the word (words, numbers and symbols); null for punctuation.</summary>
    public WordInfo? Info;

    /// <summary>The concepts of the word and of the phrases that cover it.</summary>
    public ConceptSet Concepts;

    /// <summary>The party the token names, if any.</summary>
    public Role Role;

    public TokenFlags Flags;

    /// <summary>The clause the token belongs to (index into the sentence's clauses).</summary>
    public int Clause;

    /// <summary>The scope marker a phrase starting here is ("if", "except", "but").</summary>
    public ScopeMarker Scope;

    /// <summary>The punctuation character, for <see cref="TokenKind.Punct"/>.</summary>
    public char Char;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsClass(WordClass c) => Info is { } info && (info.Class & c) != 0;

    public readonly bool IsWord(string lower) => Info is { } info && info.Word == lower;

    public readonly bool IsPunct(char c) => Kind == TokenKind.Punct && Char == c;
}

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
    Punct,

    /// <summary>The possessive 's (or a bare apostrophe after a plural).</summary>
    Possessive,
}

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1,
    AllCaps = 1 << 1,

    /// <summary>Names a party (its <see cref="Token.Role"/> says which).</summary>
    Party = 1 << 2,

    /// <summary>In the reach of a negator of its clause.</summary>
    Negated = 1 << 3,

    /// <summary>In a conditional clause ("if …", "to the extent …").</summary>
    Conditional = 1 << 4,

    /// <summary>In an exception ("except …", "other than …").</summary>
    Exception = 1 << 5,

    /// <summary>Part of the name of another document ("the Transition Services Agreement").</summary>
    CrossReference = 1 << 6,

    /// <summary>Part of a phrase that only looks negative ("no later than").</summary>
    Benign = 1 << 7,

    /// <summary>Inside quotation marks (a defined term being defined).</summary>
    Quoted = 1 << 8,

    /// <summary>Inside brackets.</summary>
    Bracketed = 1 << 9,

    /// <summary>Part of a drafting instruction in square brackets, not a clause.</summary>
    Note = 1 << 10,

    /// <summary>In the reach of "without" ("without the Client's consent"): what follows is absent.</summary>
    Privative = 1 << 11,
}
