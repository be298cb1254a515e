using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sourcewise.Eval.Csv;
using Sourcewise.Eval.Labels;
using Sourcewise.Signals;

namespace Sourcewise.Eval.Tests;

/// <summary>The signal-label file reader, the per-signal scoring on labels, and <c>sourcewise-eval --signal-labels</c>.</summary>
public sealed class CheckEvalLabelsTests
{
    private const string Header = "path,signal,label,evidence,line,note\n";

    private static readonly IEnumerable<string> Ids = SignalCatalogue.Default.SignalIds;

    private static SignalLabelSet Parse(string text) =>
        SignalLabelSet.Parse(text, Ids, "labels.csv").GetValueOrThrow();

    private static string Error(string text)
    {
        var result = SignalLabelSet.Parse(text, Ids, "labels.csv");
        result.Success.ShouldBeFalse();
        return result.Diagnostics.Single(d => d.IsError).ToString();
    }

    public sealed class Reading
    {
        [Fact]
        public void Given_a_small_file_When_read_Then_every_row_is_there_with_its_line()
        {
            var labels = Parse(Header +
                "a.md,per-head-pricing,present,\"pays $100 per hour, \"\"fairly\"\" rounded\",4,\n" +
                "a.md,sla-targets,absent,,,\n" +
                "b.md,sla-targets,uncertain,\"a quote\nover two lines\",7,why\n" +
                "b.md,per-head-pricing,absent,,,\n");

            labels.Labels.Length.ShouldBe(4);
            labels.Documents.ShouldBe(new[] { "a.md", "b.md" });
            var first = labels.Find("a.md", "per-head-pricing").ShouldNotBeNull();
            first.Label.ShouldBe(SignalLabelValue.Present);
            first.Evidence.ShouldBe("pays $100 per hour, \"fairly\" rounded");
            first.Location.ShouldBe("4");
            labels.Find("b.md", "sla-targets").ShouldNotBeNull().Label.ShouldBe(SignalLabelValue.Uncertain);
            // The quoted newline moves the next record to line 6 of the file.
            labels.Find("b.md", "per-head-pricing").ShouldNotBeNull().FileLine.ShouldBe(6);
            labels.Find("b.md", "acceptance-criteria").ShouldBeNull();
        }

        [Fact]
        public void Given_an_unknown_signal_When_read_Then_the_error_names_file_line_field_and_the_closest_id() =>
            Error(Header + "a.md,per-head-pricing,absent,,,\na.md,client-direct-work,absent,,,\n")
                .ShouldBe("labels.csv:3: signal: unknown signal 'client-direct-work' (did you mean 'client-directs-work'?)");

        [Fact]
        public void Given_a_row_with_too_few_fields_When_read_Then_the_error_names_its_line() =>
            Error(Header + "a.md,per-head-pricing,absent\n").ShouldBe("labels.csv:2: 3 fields, but the header has 6");

        [Fact]
        public void Given_a_label_that_is_not_one_of_the_three_When_read_Then_the_label_field_is_named() =>
            Error(Header + "a.md,sla-targets,yes,quote,1,\n").ShouldBe("labels.csv:2: label: 'yes' is not one of present, absent, uncertain");

        [Fact]
        public void Given_a_present_label_without_evidence_When_read_Then_it_is_refused() =>
            Error(Header + "a.md,sla-targets,present,,,\n").ShouldStartWith("labels.csv:2: evidence: a present label needs its evidence");

        [Fact]
        public void Given_a_quote_longer_than_200_characters_When_read_Then_it_is_refused() =>
            Error(Header + $"a.md,sla-targets,present,{new string('x', 201)},1,\n").ShouldBe("labels.csv:2: evidence: 201 characters; quote at most 200");

        [Fact]
        public void Given_the_same_document_and_signal_twice_When_read_Then_both_lines_are_named() =>
            Error(Header + "a.md,sla-targets,absent,,,\n\na.md,sla-targets,present,q,1,\n")
                .ShouldBe("labels.csv:4: signal: 'sla-targets' is labelled twice for a.md (first on line 2)");

        [Fact]
        public void Given_a_header_without_the_label_column_When_read_Then_the_header_is_named() =>
            Error("path,signal,evidence\na.md,sla-targets,q\n").ShouldBe("labels.csv:1: header: no 'label' column (the header needs path, signal, label, evidence)");

        [Fact]
        public void Given_a_quote_that_never_closes_When_read_Then_the_line_it_opens_on_is_named() =>
            Error(Header + "a.md,sla-targets,absent,,,\na.md,acceptance-criteria,present,\"open quote,1,\n")
                .ShouldBe("labels.csv:3: a quoted field is not closed");

        [Fact]
        public void Given_an_empty_file_When_read_Then_it_says_a_header_is_expected() =>
            Error(string.Empty).ShouldStartWith("labels.csv:1: the file is empty");
    }

    public sealed class Scoring
    {
        private static CheckEvaluation.DocumentResult Doc(string path, params string[] found) =>
            new(path, "undetermined", ["undetermined"], "undetermined", true, [.. found]);

        [Fact]
        public void Given_labels_and_findings_When_scored_Then_precision_recall_and_disagreements_follow_the_counts()
        {
            var labels = Parse(Header +
                "a.md,sla-targets,present,q1,1,\n" +
                "b.md,sla-targets,present,q2,2,\n" +
                "c.md,sla-targets,absent,,,\n" +
                "d.md,sla-targets,uncertain,,,\n" +
                "a.md,change-control,absent,,,\n" +
                "b.md,change-control,absent,,,\n");
            var docs = new[]
            {
                Doc("a.md", "sla-targets"), // true positive
                Doc("b.md"), // miss
                Doc("c.md", "sla-targets"), // false positive
                Doc("d.md", "sla-targets"), // uncertain: left out
                Doc("e.md", "sla-targets", "change-control"), // not labelled: left out
            };

            var (scores, disagreements) = CheckEvaluation.ScoreLabels(docs, labels, ["sla-targets", "change-control"]);

            var sla = scores[0];
            sla.Name.ShouldBe("sla-targets");
            (sla.TruePositives, sla.Predicted, sla.Actual, sla.Uncertain).ShouldBe((1, 2, 2, 1));
            sla.Precision.ShouldBe(0.5);
            sla.Recall.ShouldBe(0.5);
            sla.F1.ShouldBe(0.5);
            sla.Source.ShouldBe("labels");
            sla.Note.ShouldBe("project labels (labels.csv) over 3 documents, 1 uncertain left out; development figures");
            var change = scores[1];
            (change.Predicted, change.Actual).ShouldBe((0, 0));
            double.IsNaN(change.Precision).ShouldBeTrue();
            double.IsNaN(change.Recall).ShouldBeTrue();
            disagreements.Select(d => (d.Path, d.Signal, d.Found)).ShouldBe(new[] { ("b.md", "sla-targets", false), ("c.md", "sla-targets", true) });
            disagreements[0].Evidence.ShouldBe("q2");
        }
    }

    public sealed class CheckEvalRun
    {
        // The corpus directory doubles as --eval-dir: its splits.csv puts the document in dev, and no other default
        // file (the repository's eval/*.csv) is read.
        private static string TinyCorpus(string documentText)
        {
            var manifest = EvalRun.TempFile("manifest.csv",
                "path,expected_model,acceptable_models,scored\nterms.md,project-outsourcing,,yes\n");
            var corpus = Path.GetDirectoryName(manifest)!;
            File.WriteAllText(Path.Combine(corpus, "terms.md"), documentText);
            File.WriteAllText(Path.Combine(corpus, "splits.csv"), "path,family,split\nterms.md,terms.md,dev\n");
            return corpus;
        }

        [Fact]
        public async Task Given_a_malformed_label_file_When_check_eval_runs_Then_it_fails_with_one_line_naming_file_line_and_field()
        {
            var corpus = TinyCorpus("The Provider will deliver the software.");
            var labels = EvalRun.TempFile("labels.csv", Header + "terms.md,sla-target,absent,,,\n");

            var (exit, output, error) = await EvalRun.RunAsync([corpus, "--eval-dir", corpus, "--signal-labels", labels]);

            exit.ShouldBe(1);
            output.ShouldBeEmpty();
            error.TrimEnd().ShouldBe($"error: {labels}:2: signal: unknown signal 'sla-target' (did you mean 'sla-targets'?)");
        }

        [Fact]
        public async Task Given_a_missing_label_file_When_check_eval_runs_Then_it_says_so()
        {
            var (exit, _, error) = await EvalRun.RunAsync([TinyCorpus("x"), "--signal-labels", "/no/such/labels.csv"]);
            exit.ShouldBe(1);
            error.ShouldContain("/no/such/labels.csv: no such signal-label file");
        }

        [Fact]
        public async Task Given_labels_When_check_eval_prints_json_Then_every_signal_has_a_labels_row_and_disagreements_are_listed()
        {
            var corpus = TinyCorpus("""
                # Terms

                1. Change Orders. Either party may request a change; the Provider will prepare a change order with the revised fees and schedule.
                2. The Customer will review each Deliverable and may reject it within ten days; the Provider will correct and resubmit it.
                """);
            var rows = Ids.Select(id => id switch
            {
                "change-control" => "terms.md,change-control,present,the Provider will prepare a change order with the revised fees and schedule,3,",
                "acceptance-criteria" => "terms.md,acceptance-criteria,uncertain,,,",
                _ => $"terms.md,{id},absent,,,",
            });
            var labels = EvalRun.TempFile("labels.csv", Header + string.Join("\n", rows) + "\nnot-checked.md,sla-targets,absent,,,\n");

            var (exit, output, _) = await EvalRun.RunAsync([corpus, "--eval-dir", corpus, "--signal-labels", labels, "--format", "json"]);

            exit.ShouldBe(0);
            using var json = JsonDocument.Parse(output);
            var labelRows = json.RootElement.GetProperty("signals").EnumerateArray()
                .Where(r => r.GetProperty("source").GetString() == "labels").ToList();
            labelRows.Select(r => r.GetProperty("signal").GetString()).ShouldBe(Ids);
            var change = labelRows.Single(r => r.GetProperty("signal").GetString() == "change-control");
            change.GetProperty("labelled").GetInt32().ShouldBe(1);
            change.GetProperty("against").GetString().ShouldStartWith("project labels (");
            labelRows.Single(r => r.GetProperty("signal").GetString() == "acceptance-criteria").GetProperty("uncertain").GetInt32().ShouldBe(1);
            // Whatever the check found, each disagreement is a labelled document and signal whose found flag contradicts its label.
            foreach (var d in json.RootElement.GetProperty("signalDisagreements").EnumerateArray())
            {
                d.GetProperty("path").GetString().ShouldBe("terms.md");
                d.GetProperty("found").GetBoolean().ShouldBe(d.GetProperty("signal").GetString() != "change-control");
            }

            json.RootElement.GetProperty("uncheckedLabelledDocuments").EnumerateArray().Select(e => e.GetString()).ShouldBe(new[] { "not-checked.md" });
        }
    }

    /// <summary>The project's own label file stays well-formed, complete and true to the documents it quotes.</summary>
    public sealed class ProjectLabels
    {
        private static readonly string LabelFile = Path.Combine(EvalRun.RepositoryRoot, "eval", "signal-labels.csv");

        private static string Words(string text) =>
            Regex.Replace(text.Replace("**", string.Empty, StringComparison.Ordinal), @"\s+", string.Empty).ToLowerInvariant();

        [Fact]
        public void The_label_file_reads_and_labels_all_22_signals_of_every_document()
        {
            var labels = SignalLabelSet.Read(LabelFile, Ids).GetValueOrThrow();
            // 31 documents when the file was first written; more are being labelled (CUAD contracts, both splits).
            labels.Documents.Length.ShouldBeGreaterThanOrEqualTo(31);
            foreach (var doc in labels.Documents)
            {
                labels.Labels.Where(l => l.Path == doc).Select(l => l.Signal).ShouldBe(Ids, ignoreOrder: true, doc);
            }
        }

        [SkippableFact]
        public void Every_present_quote_of_a_text_document_is_at_its_line_and_every_path_is_in_the_manifest()
        {
            var corpus = CorpusLocator.Require();
            var labels = SignalLabelSet.Read(LabelFile, Ids).GetValueOrThrow();
            var manifest = CsvFile.ReadCsv(Path.Combine(corpus, "manifest.csv")).Select(r => r["path"]).ToImmutableHashSet();
            labels.Documents.Where(d => !manifest.Contains(d)).ShouldBeEmpty();
            foreach (var label in labels.Labels.Where(l => l.Label == SignalLabelValue.Present && int.TryParse(l.Location, out _)))
            {
                var lines = File.ReadAllLines(Path.Combine(corpus, label.Path))
                    .Select(l => Regex.Replace(l, @"^\s*>\s?", string.Empty)).ToArray();
                var at = int.Parse(label.Location, System.Globalization.CultureInfo.InvariantCulture);
                var window = Words(string.Join(" ", lines.Skip(at - 1).Take(4)));
                var quoteStart = Words(label.Evidence.Split([" ... ", " / "], StringSplitOptions.None)[0]);
                window.ShouldContain(quoteStart, customMessage: $"{label.Path}:{at} {label.Signal}");
            }
        }
    }
}
