using Sourcewise.Contracts;

namespace Sourcewise.Core.Tests.Contracts;

public sealed class HyphenationTests
{
    [Fact]
    public void Vocabulary_has_the_lower_case_words_and_the_parts_of_hyphenated_ones()
    {
        var words = Hyphenation.Vocabulary(
        [
            "The Service-Level Agreement (the \"SLA\") is state-of-the-art; see manage-",
            "ment and Non-Disclosure.",
        ]);

        words.ShouldBe(
            ["the", "service-level", "service", "level", "agreement", "sla", "is", "state-of-the-art", "state", "of",
                "art", "see", "ment", "and", "non-disclosure", "non", "disclosure"],
            ignoreOrder: true);
    }

    [Fact]
    public void Vocabulary_is_the_same_as_lower_casing_every_word_on_its_own()
    {
        // Random lines over letters (some non-ASCII, some that change length-free case), hyphens, spaces and
        // punctuation, with words longer than any buffer, against the plain definition.
        var random = new Random(20261129);
        const string Alphabet = "aAbBeEzZ--- .,;'()1üÜßİıΣσςÆæ\u00AD\u2014\t";
        var lines = Enumerable.Range(0, 2000).Select(n => new string(Enumerable.Range(0, random.Next(0, n % 50 == 0 ? 400 : 60))
            .Select(_ => n % 50 == 0 ? "aB-"[random.Next(3)] : Alphabet[random.Next(Alphabet.Length)]).ToArray())).ToList();

        Hyphenation.Vocabulary(lines).ShouldBe(Reference(lines), ignoreOrder: true);
    }

    /// <summary>The definition: every word as a lower-case string, and the parts of a hyphenated one.</summary>
    private static HashSet<string> Reference(IEnumerable<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var i = 0;
            while (i < line.Length)
            {
                if (!char.IsLetter(line[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < line.Length && (char.IsLetter(line[i])
                    || (line[i] == '-' && i + 1 < line.Length && char.IsLetter(line[i + 1]) && i > start)))
                {
                    i++;
                }

                if (i < line.Length && line[i] == '-' && i == line.Length - 1)
                {
                    continue;
                }

                var word = line[start..i].ToLowerInvariant();
                words.Add(word);
                foreach (var part in word.Split('-'))
                {
                    words.Add(part);
                }
            }
        }

        return words;
    }
}
