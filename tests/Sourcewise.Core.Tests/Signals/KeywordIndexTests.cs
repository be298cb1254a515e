using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

public sealed class KeywordIndexTests
{
    private static readonly SignalCatalogue Catalogue = SignalCatalogue.Default;
    private static readonly KeywordIndex Index = Catalogue.KeywordIndex!;

    public static TheoryData<string> Awkward => new()
    {
        string.Empty,
        "x",
        "%",
        "The Supplier's personnel shall be RE-ASSIGNED by the Client.",
        "Pre-existing MATERIALS remain the Supplier's property.",
        "The \u212Aey Personnel (Kelvin sign) and the \u017Ftaff (long s) and the D\u0131RECTION (dotless i).",
        "\u0130NDIVIDUAL consultants: 24 × 7 support at 99.9% uptime, “hourly” rates in €.",
        "team\u00A0member, timesheet, time sheet, work space, up-time",
    };

    [Theory]
    [MemberData(nameof(Awkward))]
    public void The_one_pass_prefilter_lets_through_exactly_the_rules_each_rules_own_test_does(string sentence)
    {
        Candidates(sentence).ShouldBe(PerRule(sentence));
        Gates(sentence).ShouldBe(LiteralsPresent(sentence));
    }

    [Fact]
    public void The_one_pass_prefilter_agrees_with_each_rules_test_on_random_mixes_of_keywords()
    {
        var words = Catalogue.Rules.SelectMany(r => r.KeywordList.Concat(r.RequiresList))
            .Concat(Catalogue.Rules.SelectMany(r => r.PatternLiterals).SelectMany(p => p).SelectMany(s => s))
            .Concat(["the", " ", "-", "\u212A", "\u017F", "\u0131", "’", "é", "s", "k", "i"]).ToArray();
        var random = new Random(20261129);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var w = random.Next(6); w >= 0; w--)
            {
                var word = words[random.Next(words.Length)];
                var cut = word[random.Next(word.Length)..];
                text.Append(random.Next(3) switch
                {
                    0 => cut.ToUpperInvariant(),
                    1 => cut,
                    _ => word,
                });
            }

            var sentence = text.ToString();
            Candidates(sentence).ShouldBe(PerRule(sentence), sentence);
            Gates(sentence).ShouldBe(LiteralsPresent(sentence), sentence);
        }
    }

    [SkippableFact]
    public void A_rule_fires_on_a_corpus_sentence_with_the_one_pass_prefilter_and_gated_patterns_as_with_its_own_tests()
    {
        var found = new ulong[Index.SetWords];
        var rules = Catalogue.Rules;
        foreach (var line in CorpusLines.Require())
        {
            var candidates = Index.Scan(line, found);
            for (var r = 0; r < rules.Length; r++)
            {
                var fast = (candidates & (1UL << r)) != 0 && rules[r].CuesFire(line, compiled: false, Index.Gate(r, found));
                fast.ShouldBe(rules[r].Fires(line), $"{rules[r].Definition.Id} on {line}");
            }
        }
    }

    [Fact]
    public void Outside_the_oddities_a_character_matches_a_literal_letter_in_the_regex_engine_only_when_it_does_ordinally()
    {
        // The literal test (ordinal, case-insensitive) must never miss what the regex (IgnoreCase, CultureInvariant)
        // would match; sentences with an oddity run every pattern.
        var letters = Catalogue.Rules.SelectMany(r => r.PatternLiterals).SelectMany(p => p).SelectMany(s => s)
            .SelectMany(s => s).Distinct().ToArray();
        letters.ShouldNotBeEmpty();
        foreach (var letter in letters)
        {
            var regex = new Regex(Regex.Escape(letter.ToString()), SignalPatterns.Options);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var text = ((char)c).ToString();
                if (regex.IsMatch(text) && !string.Equals(text, letter.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    KeywordIndex.CaseFoldingOddities.ShouldContain((char)c, $"U+{c:X4} matches '{letter}'");
                }
            }
        }
    }

    [Fact]
    public void Outside_the_oddities_no_character_equals_an_ascii_letter_ordinally_ignoring_case()
    {
        Span<char> one = stackalloc char[1];
        Span<char> letter = stackalloc char[1];
        for (var c = 128; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            for (var l = 'a'; l <= 'z'; l++)
            {
                letter[0] = l;
                if (MemoryExtensions.Equals(one, letter, StringComparison.OrdinalIgnoreCase))
                {
                    KeywordIndex.CaseFoldingOddities.ShouldContain((char)c, $"U+{c:X4} equals '{l}'");
                }
            }
        }
    }

    /// <summary>Per rule and pattern, whether the index lets the pattern run.</summary>
    private static string Gates(string sentence)
    {
        var found = new ulong[Index.SetWords];
        Index.Scan(sentence, found);
        var gates = new StringBuilder();
        for (var r = 0; r < Catalogue.Rules.Length; r++)
        {
            var gate = Index.Gate(r, found);
            for (var p = 0; p < Catalogue.Rules[r].PatternLiterals.Count; p++)
            {
                gates.Append(gate.MayMatch(p) ? '1' : '0');
            }

            gates.Append(';');
        }

        return gates.ToString();
    }

    /// <summary>Per rule and pattern, whether each of its literal sets has a member in the sentence (every pattern
    /// runs when the sentence has an oddity).</summary>
    private static string LiteralsPresent(string sentence)
    {
        var odd = sentence.AsSpan().IndexOfAny(KeywordIndex.CaseFoldingOddities) >= 0;
        return string.Concat(Catalogue.Rules.Select(rule => string.Concat(rule.PatternLiterals.Select(sets =>
            odd || sets.All(set => set.Any(s => sentence.Contains(s, StringComparison.OrdinalIgnoreCase))) ? '1' : '0')) + ";"));
    }

    private static string Candidates(string sentence) =>
        Ids(Index.Scan(sentence, new ulong[Index.SetWords]));

    private static string PerRule(string sentence)
    {
        ulong bits = 0;
        var rules = Catalogue.Rules;
        for (var r = 0; r < rules.Length; r++)
        {
            if (sentence.AsSpan().IndexOfAny(rules[r].Keywords) >= 0
                && (rules[r].Requires is null || sentence.AsSpan().IndexOfAny(rules[r].Requires!) >= 0))
            {
                bits |= 1UL << r;
            }
        }

        return Ids(bits);
    }

    private static string Ids(ulong bits)
    {
        var ids = new List<string>();
        for (; bits != 0; bits &= bits - 1)
        {
            ids.Add(Catalogue.Rules[BitOperations.TrailingZeroCount(bits)].Definition.Id);
        }

        return string.Join(",", ids);
    }
}
