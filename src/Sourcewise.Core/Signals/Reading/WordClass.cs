namespace Sourcewise.Signals.Reading;

/// <summary>The function-word classes the clause reader needs (from the lexicon's <c>classes</c> and <c>scope</c>).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Modal = 1,
    Be = 1 << 1,
    Have = 1 << 2,
    Determiner = 1 << 3,
    Preposition = 1 << 4,
    Conjunction = 1 << 5,
    Adverb = 1 << 6,
    Negator = 1 << 7,
    Relative = 1 << 8,
    AgreeVerb = 1 << 9,
    ControlVerb = 1 << 10,
    Limiter = 1 << 11,
    Participle = 1 << 12,
    DocumentNoun = 1 << 13,
    DefinitionVerb = 1 << 14,
    ClientPronoun = 1 << 15,
    VendorPronoun = 1 << 16,
    PlanNoun = 1 << 17,
    Privative = 1 << 18,
}
