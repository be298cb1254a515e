using System.Collections.Immutable;
using System.Text.Json;
using Sourcewise.Contracts;
using Sourcewise.Eval.Labels;
using Sourcewise.Eval.Sentences;
using Sourcewise.Eval.Splits;
using Sourcewise.Signals;

namespace Sourcewise.Eval.Tests;

/// <summary>Sentence-level scoring on <c>eval/sentences.csv</c>: reading, the detector's decision alone and in the
/// sentence's document, precision and recall by origin, and the blind discipline for sentences.</summary>
public sealed class SentenceTests
{
    private const string Header = "id,signal,label,text,source,doc,origin,note\n";

    private const string Reassign = "Aduro may reassign the Consultant's personnel to other projects at its sole discretion.";

    private static SentenceSet Parse(string text) =>
        SentenceSet.Parse(text, SignalCatalogue.Default.SignalIds, "sentences.csv").GetValueOrThrow();

    private static string Error(string text)
    {
        var result = SentenceSet.Parse(text, SignalCatalogue.Default.SignalIds, "sentences.csv");
        result.Success.ShouldBeFalse();
        return result.Diagnostics.Single(d => d.IsError).ToString();
    }

    public sealed class Reading
    {
        [Fact]
        public void Given_a_sentence_file_When_read_Then_every_column_is_kept()
        {
            var set = Parse(Header + "s1,change-control,present,\"A change order, with revised fees.\",Common Paper PSA,templates/psa.md,corpus,note\n");

            var row = set.Rows.ShouldHaveSingleItem();
            row.ShouldBe(new SentenceRow("s1", "change-control", SignalLabelValue.Present, "A change order, with revised fees.",
                "Common Paper PSA", "templates/psa.md", "corpus", "note", 2));
        }

        [Fact]
        public void Given_labels_written_as_1_and_0_When_read_Then_they_are_present_and_absent()
        {
            var set = Parse(Header + "s1,change-control,1,a,,,written,\ns2,change-control,0,b,,written:g01,written,\n");
            set.Rows.Select(r => r.Label).ShouldBe([SignalLabelValue.Present, SignalLabelValue.Absent]);
            set.Rows[1].Doc.ShouldBe("written:g01");
        }

        [Fact]
        public void Given_a_label_that_is_not_known_When_read_Then_the_accepted_values_are_named() =>
            Error(Header + "s1,change-control,yes,a,,,written,\n")
                .ShouldBe("sentences.csv:2: label: 'yes' is not one of 1 (present), 0 (absent), present, absent, uncertain");

        [Fact]
        public void Given_an_unknown_origin_When_read_Then_the_field_is_named_with_a_suggestion() =>
            Error(Header + "s1,change-control,present,text,src,,writen,\n")
                .ShouldBe("sentences.csv:2: origin: 'writen' is not one of corpus, cuad-span, written (did you mean 'written'?)");

        [Fact]
        public void Given_an_id_twice_When_read_Then_both_lines_are_named() =>
            Error(Header + "s1,change-control,present,a,,,written,\ns1,sla-targets,absent,b,,,written,\n")
                .ShouldBe("sentences.csv:3: id: 's1' is used twice (first on line 2)");

        [Fact]
        public void Given_an_empty_sentence_When_read_Then_it_is_refused() =>
            Error(Header + "s1,change-control,present,,,,written,\n").ShouldBe("sentences.csv:2: text: empty; expected the sentence");

        [Fact]
        public void Given_an_unknown_signal_When_read_Then_the_closest_id_is_suggested() =>
            Error(Header + "s1,sla-target,present,a,,,written,\n")
                .ShouldBe("sentences.csv:2: signal: unknown signal 'sla-target' (did you mean 'sla-targets'?)");

        [Fact]
        public void Given_no_origin_column_When_read_Then_the_header_is_named() =>
            Error("id,signal,label,text\ns1,sla-targets,present,a\n")
                .ShouldBe("sentences.csv:1: header: no 'origin' column (the header needs id, signal, label, text, origin)");
    }

    public sealed class Deciding
    {
        [Fact]
        public void Given_a_change_order_clause_When_read_alone_Then_change_control_fires()
        {
            var fired = SentenceScorer.Alone(ContractChecker.Default, "s",
                "Either party may request a change; the Provider will prepare a change order with the revised fees and schedule.",
                CancellationToken.None);
            fired.ShouldContain("change-control");
        }

        [Fact]
        public void Given_a_sentence_that_names_the_client_by_name_When_read_in_its_document_Then_the_name_is_read_as_the_client()
        {
            var document = new ContractText("aduro.md", "markdown",
                [.. TinyCorpus.AliasOpeningText.Split('\n').Select((line, i) => new ContractLine(null, i + 1, line,
                    line.StartsWith('#') ? ContractLineKind.Heading : ContractLineKind.Body))]);
            var counts = SentenceScorer.Counts(ContractChecker.Default.Check(document));

            var inDocument = SentenceScorer.InDocument(ContractChecker.Default, document, counts, Reassign, CancellationToken.None);
            var alone = SentenceScorer.Alone(ContractChecker.Default, "s", Reassign, CancellationToken.None);

            inDocument.ShouldContain("client-reassigns-staff");
            alone.ShouldNotContain("client-reassigns-staff");
        }

        [Fact]
        public void Given_a_sentence_the_document_already_says_When_read_in_it_Then_it_still_fires()
        {
            // The sentence's own occurrence is counted on top of the document's.
            var sentence = "The Provider will prepare a change order with the revised fees and schedule.";
            var document = new ContractText("d.md", "markdown", [new ContractLine(null, 1, sentence)]);
            var counts = SentenceScorer.Counts(ContractChecker.Default.Check(document));
            counts.GetValueOrDefault("change-control").ShouldBe(1);

            SentenceScorer.InDocument(ContractChecker.Default, document, counts, sentence, CancellationToken.None).ShouldContain("change-control");
        }
    }

    public sealed class Scoring
    {
        private static SentenceResult Result(string signal, SignalLabelValue label, bool fired, string origin = "written", string split = "dev") =>
            new(new SentenceRow("s", signal, label, "text", "", "", origin, "", 2), split, fired, fired ? [signal] : [], "alone");

        [Fact]
        public void Given_results_When_scored_Then_each_origin_has_a_row_per_signal_and_one_over_all_signals()
        {
            var results = new[]
            {
                Result("sla-targets", SignalLabelValue.Present, true),
                Result("sla-targets", SignalLabelValue.Present, false),
                Result("sla-targets", SignalLabelValue.Absent, true),
                Result("sla-targets", SignalLabelValue.Absent, false),
                Result("sla-targets", SignalLabelValue.Uncertain, true),
                Result("change-control", SignalLabelValue.Present, true, origin: "corpus"),
            };

            var scores = CheckEvaluation.ScoreSentences(results);

            scores.Select(s => (s.Source, s.Name)).ShouldBe(
                [("corpus", "change-control"), ("corpus", "*"), ("written", "sla-targets"), ("written", "*")]);
            var sla = scores[2];
            (sla.TruePositives, sla.FalsePositives, sla.FalseNegatives, sla.TrueNegatives, sla.Judged, sla.Uncertain).ShouldBe((1, 1, 1, 1, 4, 1));
            sla.Precision.ShouldBe(0.5);
            sla.Recall.ShouldBe(0.5);
        }

        [Fact]
        public async Task Given_a_sentence_file_When_run_Then_rows_are_read_in_their_document_or_alone_and_scored_by_origin()
        {
            var corpus = new TinyCorpus()
                .Add("aduro.md", TinyCorpus.AliasOpeningText, "out-of-scope", SplitSet.Dev, "undetermined")
                .Add("blind.md", TinyCorpus.AliasOpeningText, "out-of-scope", SplitSet.Blind, "undetermined")
                .With("sentences.csv", Header +
                    $"c1,client-reassigns-staff,present,\"{Reassign}\",test,aduro.md,corpus,\n" +
                    $"w1,client-reassigns-staff,present,\"{Reassign}\",test,,written,\n" +
                    "w2,change-control,absent,The Provider will deliver the software.,test,,written,\n" +
                    "b1,sla-targets,present,The weather was pleasant.,test,blind.md,corpus,\n");

            var (exit, output, error) = await EvalRun.RunAsync(corpus.Args("--format", "json"));

            exit.ShouldBe(0, error);
            using var json = JsonDocument.Parse(output);
            var splits = json.RootElement.GetProperty("splits");
            ImmutableArray<(string?, string?, int, int, int)> Rows(string split) => [.. splits.GetProperty(split).GetProperty("sentences").EnumerateArray()
                .Select(r => (r.GetProperty("origin").GetString(), r.GetProperty("signal").GetString(), r.GetProperty("truePositives").GetInt32(),
                    r.GetProperty("falseNegatives").GetInt32(), r.GetProperty("sentences").GetInt32()))];
            Rows("dev").ShouldBe([
                ("corpus", "client-reassigns-staff", 1, 0, 1), ("corpus", "*", 1, 0, 1),
                ("written", "client-reassigns-staff", 0, 1, 1), ("written", "change-control", 0, 0, 1), ("written", "*", 0, 1, 2)]);
            Rows("blind").ShouldBe([("corpus", "sla-targets", 0, 1, 1), ("corpus", "*", 0, 1, 1)]);
            // The dev miss is listed with how it was read; the blind one is not listed.
            var listed = json.RootElement.GetProperty("sentenceDisagreements").EnumerateArray().ShouldHaveSingleItem();
            (listed.GetProperty("id").GetString(), listed.GetProperty("context").GetString()).ShouldBe(("w1", "alone"));
            output.ShouldNotContain("The weather was pleasant.");

            // The Markdown has one row per signal with a column group per origin, and a row over all signals.
            var (_, markdown, _) = await EvalRun.RunAsync(corpus.Args("--format", "markdown"));
            markdown.ShouldContain("| signal (sentence level) | corpus: precision | recall | sentences | written: precision | recall | sentences |\n");
            markdown.ShouldContain("| `client-reassigns-staff` | 100.0% | 100.0% | 1 | – | 0.0% | 1 |\n");
            markdown.ShouldContain("| `change-control` | | | | – | – | 1 |\n");
        }

        [Fact]
        public async Task Given_sentence_context_alone_When_run_Then_a_corpus_sentence_loses_its_documents_party_names()
        {
            var corpus = new TinyCorpus()
                .Add("aduro.md", TinyCorpus.AliasOpeningText, "out-of-scope", SplitSet.Dev, "undetermined")
                .With("sentences.csv", Header + $"c1,client-reassigns-staff,present,\"{Reassign}\",test,aduro.md,corpus,\n");

            var (exit, output, _) = await EvalRun.RunAsync(corpus.Args("--format", "json", "--sentence-context", "alone"));

            exit.ShouldBe(0);
            using var json = JsonDocument.Parse(output);
            var miss = json.RootElement.GetProperty("sentenceDisagreements").EnumerateArray().ShouldHaveSingleItem();
            (miss.GetProperty("id").GetString(), miss.GetProperty("context").GetString()).ShouldBe(("c1", "alone"));
        }

        [Fact]
        public async Task Given_no_sentence_file_When_run_Then_it_says_it_skipped_them()
        {
            var corpus = new TinyCorpus().Add("a.md", TinyCorpus.ManagedServiceText, "managed-services", SplitSet.Dev);

            var (exit, output, _) = await EvalRun.RunAsync(corpus.Args());

            exit.ShouldBe(0);
            output.ShouldContain("Sentences: none found (eval/sentences.csv), skipped");
            output.ShouldNotContain("sentence level");
        }
    }
}
