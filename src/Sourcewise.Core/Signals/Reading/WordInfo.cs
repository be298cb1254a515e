namespace Sourcewise.Signals.Reading;

/// <summary>What the lexicon knows about one lower-case word: its stem, concepts, class and the phrases it starts.</summary>
/// <param name="Word">The lower-case word.</param>
/// <param name="Stem">Its Porter stem.</param>
/// <param name="Concepts">The concepts of the word on its own.</param>
/// <param name="Class">Its function-word classes.</param>
/// <param name="StemKey">The stem's key in the lexicon's phrase table, or -1 when no phrase uses it.</param>
/// <param name="WordKey">The exact word's key in the phrase table, or -1.</param>
/// <param name="Phrases">The phrases (and scope phrases) that start with this word, longest first.</param>
/// <param name="Feature">A stable 64-bit hash of the stem, for the sentence classifier.</param>
internal sealed record WordInfo(string Word, string Stem, ConceptSet Concepts, WordClass Class, int StemKey,
    int WordKey, Phrase[] Phrases, ulong Feature);

/// <summary>A lexicon phrase: a sequence of keys (stem or exact word) and what it tags.</summary>
/// <param name="Keys">The keys to match, one per word.</param>
/// <param name="Exact">Per key, whether it is an exact word (else a stem).</param>
/// <param name="Concepts">The concepts of every token it covers.</param>
/// <param name="Scope">The scope marker it is, if any.</param>
internal sealed record Phrase(int[] Keys, bool[] Exact, ConceptSet Concepts, ScopeMarker Scope);

/// <summary>What a scope word or phrase does to the clause it stands in.</summary>
[Flags]
internal enum ScopeMarker : byte
{
    None = 0,

    /// <summary>Looks negative but is not ("no later than", "at no cost").</summary>
    Benign = 1,

    /// <summary>Opens a condition ("if", "to the extent").</summary>
    Conditional = 2,

    /// <summary>Opens an exception ("except", "other than").</summary>
    Exception = 4,

    /// <summary>Opens a new clause ("but", "however").</summary>
    Break = 8,

    /// <summary>Opens a subordinate clause that ends at its comma ("although", "whereas").</summary>
    Subordinate = 16,
}
