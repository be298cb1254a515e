using Sourcewise.Signals.Reading;

namespace Sourcewise.Signals.Learned;

/// <summary>The features the sentence classifier reads, from a sentence the reading layer has read: word stems and
/// stem pairs with the parties replaced by their roles (so "Acme's managers" and "Client's managers" look alike),
/// numbers as one token, the lexicon's concepts, which party acts for each concept (<c>a:ASSIGN:vendor</c>), to whom
/// (<c>r:ASSIGN:client</c>), and which concepts stand under a negation. Each feature is a stable 64-bit hash of its
/// name (FNV-1a), so inference builds no strings; the trainer asks for the names too.</summary>
internal static class SentenceFeatures
{
    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Adds the features of the sentence <paramref name="r"/> has read (duplicates included; the
    /// classifier counts each once).</summary>
    public static void Extract(SentenceReader r, List<ulong> features, List<string>? names = null)
    {
        var lexicon = r.Lexicon;
        string? previous = null;
        for (var i = 0; i < r.Count; i++)
        {
            ref var t = ref r[i];
            if (t.Kind == TokenKind.Punct || t.Info is null || t.Is(TokenFlags.Note))
            {
                previous = null;
                continue;
            }

            var key = KeyOf(in t);
            if (previous is not null && key == previous)
            {
                // "Northwind Traders Ltd.": one party, one token.
                continue;
            }

            var unigram = Continue(Continue(Seed, "u:"), key);
            features.Add(unigram);
            names?.Add("u:" + key);
            if (previous is not null)
            {
                var bigram = Continue(Continue(Continue(Continue(Seed, "b:"), previous), "_"), key);
                features.Add(bigram);
                names?.Add("b:" + previous + "_" + key);
            }

            previous = key;
            if (t.Concepts.IsEmpty || t.Is(TokenFlags.Party))
            {
                continue;
            }

            var negated = t.Is(TokenFlags.Negated);
            var verb = !r.IsNoun(i);
            var agent = verb ? r.Agent(i) : Role.None;
            var recipient = verb ? r.Recipient(i) : Role.None;
            foreach (var id in Ids(t.Concepts))
            {
                var concept = lexicon.ConceptNames[id];
                if (negated)
                {
                    features.Add(Continue(Continue(Seed, "n:"), concept));
                    names?.Add("n:" + concept);
                }

                if (agent != Role.None)
                {
                    var role = RoleName(agent);
                    features.Add(Continue(Continue(Continue(Continue(Seed, "a:"), concept), ":"), role));
                    names?.Add("a:" + concept + ":" + role);
                }

                if (recipient != Role.None)
                {
                    var role = RoleName(recipient);
                    features.Add(Continue(Continue(Continue(Continue(Seed, "r:"), concept), ":"), role));
                    names?.Add("r:" + concept + ":" + role);
                }
            }
        }

        foreach (var id in Ids(r.Concepts))
        {
            var concept = lexicon.ConceptNames[id];
            features.Add(Continue(Continue(Seed, "c:"), concept));
            names?.Add("c:" + concept);
        }

    }

    /// <summary>The hash of a feature name, as <see cref="Extract"/> computes it.</summary>
    public static ulong Hash(string name) => Continue(Seed, name);

    private static string KeyOf(in Token t) =>
        t.Is(TokenFlags.Party) && t.Role != Role.None ? RoleName(t.Role) : t.Kind == TokenKind.Number ? "#" : t.Info!.Stem;

    private static string RoleName(Role role) => role switch
    {
        Role.Client => "_client_",
        Role.Vendor => "_vendor_",
        Role.People => "_people_",
        Role.Third => "_third_",
        Role.Both => "_both_",
        _ => "_party_",
    };

    private static ulong Continue(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return hash;
    }

    private static IEnumerable<int> Ids(ConceptSet set) => set.Ids();
}
