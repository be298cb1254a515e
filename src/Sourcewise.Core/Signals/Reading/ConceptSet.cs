using System.Numerics;

namespace Sourcewise.Signals.Reading;

/// <summary>A set of lexicon concepts (at most <see cref="Capacity"/>), as four 64-bit masks.</summary>
internal readonly record struct ConceptSet(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The most concepts a lexicon may define.</summary>
    public const int Capacity = 256;

    public static ConceptSet Empty => default;

    public bool IsEmpty => (A | B | C | D) == 0;

    public static ConceptSet Of(int concept)
    {
        var bit = 1UL << (concept & 63);
        return (concept >> 6) switch
        {
            0 => new ConceptSet(bit, 0, 0, 0),
            1 => new ConceptSet(0, bit, 0, 0),
            2 => new ConceptSet(0, 0, bit, 0),
            _ => new ConceptSet(0, 0, 0, bit),
        };
    }

    public bool Contains(int concept)
    {
        var bit = 1UL << (concept & 63);
        return ((concept >> 6) switch
        {
            0 => A,
            1 => B,
            2 => C,
            _ => D,
        } & bit) != 0;
    }

    public bool Overlaps(ConceptSet other) => ((A & other.A) | (B & other.B) | (C & other.C) | (D & other.D)) != 0;

    public ConceptSet Union(ConceptSet other) => new(A | other.A, B | other.B, C | other.C, D | other.D);

    public ConceptSet Except(ConceptSet other) => new(A & ~other.A, B & ~other.B, C & ~other.C, D & ~other.D);

    public int Count => BitOperations.PopCount(A) + BitOperations.PopCount(B) + BitOperations.PopCount(C) + BitOperations.PopCount(D);

    /// <summary>The concept ids in the set, smallest first.</summary>
    public IEnumerable<int> Ids()
    {
        ulong[] words = [A, B, C, D];
        for (var w = 0; w < words.Length; w++)
        {
            for (var bits = words[w]; bits != 0; bits &= bits - 1)
            {
                yield return (w * 64) + BitOperations.TrailingZeroCount(bits);
            }
        }
    }
}
