using System.Text.RegularExpressions;
using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

public sealed class RequiredLiteralsTests
{
    [Fact]
    public void Each_alternation_of_words_in_a_sequence_is_required()
    {
        Sets(@"(?:will|shall)\s+(?:supervise|direct)\w*").ShouldBe(["shall|will", "direct|supervise"]);
    }

    [Fact]
    public void Optional_letters_spell_out_every_form()
    {
        Sets(@"\bre-?assign(?:ed)?\b").ShouldBe(["re-assign|re-assigned|reassign|reassigned"]);
    }

    [Fact]
    public void A_branch_without_literals_makes_the_alternation_require_nothing()
    {
        Sets(@"(?:\d+|per)\s+hour").ShouldBe(["hour"]);
    }

    [Fact]
    public void A_branch_with_literals_of_its_own_adds_its_best_set()
    {
        Sets(@"\bth(?:is|e\s+within)\s+agreement").ShouldBe(["th", "is|within", "agreement"]);
    }

    [Fact]
    public void Optional_and_repeated_parts_require_nothing_but_a_required_repeat_does()
    {
        Sets(@"(?:the\s+)?client(?:\s+team)*(?:\s+lead)+").ShouldBe(["client", "lead"]);
    }

    [Theory]
    [InlineData(@"(?<=not\s)direct")]
    [InlineData(@"(?i)direct")]
    [InlineData(@"(direct)\1")]
    [InlineData(@"\p{L}direct")]
    public void Constructs_it_does_not_know_give_no_sets(string pattern)
    {
        RequiredLiterals.All(pattern).ShouldBeEmpty();
    }

    [Fact]
    public void Single_letters_are_not_worth_checking_and_the_four_longest_sets_are_kept()
    {
        RequiredLiterals.Choose(@"a\s+we\s+(?:may|can)\s+monitor\s+(?:servers|networks)\s+daily")
            .Select(Join).ShouldBe(["monitor", "networks|servers", "daily", "can|may"]);
    }

    [Fact]
    public void A_set_with_a_word_found_in_most_sentences_is_not_kept()
    {
        RequiredLiterals.Choose(@"(?:upon|on|at)\s+(?:the\s+)?termination\s+of\s+(?:we|you)")
            .Select(Join).ShouldBe(["termination", "we|you"]);
    }

    [SkippableFact]
    public void Every_catalogue_pattern_that_matches_a_corpus_sentence_has_its_literals_in_it()
    {
        var lines = CorpusLines.Require();
        foreach (var rule in SignalCatalogue.Default.Rules)
        {
            var patterns = rule.Cues.Concat(rule.NegatedCues).Concat(rule.Excludes).ToArray();
            var regexes = patterns.Select(p => SignalPatterns.TryGet(p, out var r) ? r : new Regex(p, SignalPatterns.Options)).ToArray();
            foreach (var line in lines.Where(l => l.AsSpan().IndexOfAny(rule.Keywords) >= 0))
            {
                for (var p = 0; p < patterns.Length; p++)
                {
                    if (regexes[p].IsMatch(line))
                    {
                        foreach (var set in rule.PatternLiterals[p])
                        {
                            set.ShouldContain(s => line.Contains(s, StringComparison.OrdinalIgnoreCase), $"{patterns[p]} on {line}");
                        }
                    }
                }
            }
        }
    }

    private static string[] Sets(string pattern) => [.. RequiredLiterals.All(pattern).Select(Join)];

    private static string Join(string[] set) => string.Join("|", set.Order(StringComparer.Ordinal));
}
