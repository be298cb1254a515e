using System.Text.Json;
using Sourcewise.Eval.Splits;

namespace Sourcewise.Eval.Tests;

/// <summary>The dev/blind split: reading <c>splits.csv</c>, figures per split, and the blind discipline (totals only
/// unless <c>--show-blind-errors</c>).</summary>
public sealed class SplitTests
{
    private const string LabelHeader = "path,signal,label,evidence,line,note\n";

    private static string Error(string text)
    {
        var result = SplitSet.Parse(text, "splits.csv");
        result.Success.ShouldBeFalse();
        return result.Diagnostics.Single(d => d.IsError).ToString();
    }

    // Two documents that say the same managed service, both labelled project outsourcing, so the check gets both
    // wrong: one in dev, one in blind. The blind one also has a signal label the check contradicts.
    private static TinyCorpus TwoErrors() => new TinyCorpus()
        .Add("dev-services.md", TinyCorpus.ManagedServiceText, "project-outsourcing", SplitSet.Dev)
        .Add("blind-services.md", TinyCorpus.ManagedServiceText, "project-outsourcing", SplitSet.Blind)
        .With("signal-labels.csv", LabelHeader +
            "dev-services.md,sla-targets,absent,,,\n" +
            "blind-services.md,sla-targets,absent,,,\n");

    public sealed class Reading
    {
        [Fact]
        public void Given_a_split_file_When_read_Then_each_path_has_its_split()
        {
            var splits = SplitSet.Parse("path,family,split\na.md,a,dev\nb.md,b,blind\n", "splits.csv").GetValueOrThrow();
            splits.Find("a.md").ShouldBe(SplitSet.Dev);
            splits.Find("b.md").ShouldBe(SplitSet.Blind);
            splits.IsBlind("b.md").ShouldBeTrue();
            splits.Find("c.md").ShouldBeNull();
        }

        [Fact]
        public void Given_a_split_that_is_neither_dev_nor_blind_When_read_Then_the_line_and_field_are_named() =>
            Error("path,family,split\na.md,a,dev\nb.md,b,test\n").ShouldBe("splits.csv:3: split: 'test' is not one of dev, blind");

        [Fact]
        public void Given_a_path_twice_When_read_Then_both_lines_are_named() =>
            Error("path,family,split\na.md,a,dev\na.md,a,blind\n").ShouldBe("splits.csv:3: path: a.md is listed twice (first on line 2)");

        [Fact]
        public void Given_no_split_column_When_read_Then_the_header_is_named() =>
            Error("path,family\na.md,a\n").ShouldBe("splits.csv:1: header: no 'split' column (the header needs path, split)");

        [Fact]
        public void The_project_split_file_reads_and_has_86_dev_and_43_blind_documents()
        {
            var splits = SplitSet.Read(Path.Combine(EvalRun.RepositoryRoot, "eval", "splits.csv")).GetValueOrThrow();
            splits.Paths.Count(p => splits.Find(p) == SplitSet.Dev).ShouldBe(86);
            splits.Paths.Count(p => splits.Find(p) == SplitSet.Blind).ShouldBe(43);
        }
    }

    public sealed class BlindDiscipline
    {
        [Fact]
        public async Task Given_errors_in_both_splits_When_errors_are_listed_Then_only_the_dev_ones_are_and_blind_is_counted()
        {
            var corpus = TwoErrors();

            var (exit, output, error) = await EvalRun.RunAsync(corpus.Args("--errors", "--details"));

            exit.ShouldBe(0, error);
            output.ShouldContain("NO dev-services.md (dev): expected project-outsourcing");
            output.ShouldContain("found, labelled absent sla-targets dev-services.md (dev, against labels)");
            output.ShouldNotContain("blind-services.md");
            output.ShouldContain("1 blind documents and 2 of their errors are not listed");
            // Totals of the blind split are still there.
            output.ShouldContain("blind (1 documents; totals only)");
        }

        [Fact]
        public async Task Given_errors_in_the_blind_split_When_json_is_written_Then_no_blind_document_is_in_it()
        {
            var (exit, output, _) = await EvalRun.RunAsync(TwoErrors().Args("--format", "json"));

            exit.ShouldBe(0);
            output.ShouldNotContain("blind-services.md");
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString()).ShouldBe(["dev-services.md"]);
            root.GetProperty("hidden").GetProperty("blindDocuments").GetInt32().ShouldBe(1);
            var blind = root.GetProperty("splits").GetProperty("blind");
            blind.GetProperty("documents").GetInt32().ShouldBe(1);
            blind.GetProperty("accuracy").GetDouble().ShouldBe(0);
            blind.GetProperty("confusion").GetProperty("project-outsourcing").GetProperty("managed-services").GetInt32().ShouldBe(1);
            var sla = blind.GetProperty("signals").EnumerateArray().Single(s => s.GetProperty("signal").GetString() == "sla-targets");
            sla.GetProperty("falsePositives").GetInt32().ShouldBe(1);
        }

        [Fact]
        public async Task Given_show_blind_errors_When_errors_are_listed_Then_the_blind_ones_are_too()
        {
            var (exit, output, _) = await EvalRun.RunAsync(TwoErrors().Args("--errors", "--show-blind-errors"));

            exit.ShouldBe(0);
            output.ShouldContain("NO dev-services.md (dev)");
            output.ShouldContain("NO blind-services.md (blind)");
            output.ShouldContain("found, labelled absent sla-targets blind-services.md (blind, against labels)");
        }

        [Fact]
        public async Task The_help_says_the_blind_flag_is_not_for_use_while_tuning()
        {
            var (exit, output, _) = await EvalRun.RunAsync(["--help"]);
            exit.ShouldBe(0);
            output.ShouldContain("--show-blind-errors");
            output.ShouldContain("Not for use while tuning");
        }
    }

    public sealed class Figures
    {
        [Fact]
        public async Task Given_documents_in_both_splits_When_scored_Then_dev_blind_and_all_each_count_their_own()
        {
            var corpus = new TinyCorpus()
                .Add("a.md", TinyCorpus.ManagedServiceText, "managed-services", SplitSet.Dev)
                .Add("b.md", TinyCorpus.ManagedServiceText, "project-outsourcing", SplitSet.Dev)
                .Add("c.md", TinyCorpus.ManagedServiceText, "managed-services", SplitSet.Blind);

            var (exit, output, _) = await EvalRun.RunAsync(corpus.Args("--format", "json"));

            exit.ShouldBe(0);
            using var json = JsonDocument.Parse(output);
            var splits = json.RootElement.GetProperty("splits");
            (splits.GetProperty("dev").GetProperty("documents").GetInt32(), splits.GetProperty("dev").GetProperty("accuracy").GetDouble()).ShouldBe((2, 0.5));
            (splits.GetProperty("blind").GetProperty("documents").GetInt32(), splits.GetProperty("blind").GetProperty("accuracy").GetDouble()).ShouldBe((1, 1.0));
            (splits.GetProperty("all").GetProperty("documents").GetInt32(), splits.GetProperty("all").GetProperty("accuracy").GetDouble()).ShouldBe((3, 0.6667));
        }

        [Fact]
        public async Task Given_a_document_the_split_file_does_not_list_When_scored_Then_it_counts_as_dev_and_is_named()
        {
            var corpus = new TinyCorpus().Add("a.md", TinyCorpus.ManagedServiceText, "managed-services", SplitSet.Dev);
            var args = corpus.Args();
            File.AppendAllText(Path.Combine(corpus.Dir, "manifest.csv"), "new.md,managed-services,,yes\n");
            File.WriteAllText(Path.Combine(corpus.Dir, "new.md"), TinyCorpus.ManagedServiceText);

            var (exit, output, _) = await EvalRun.RunAsync(args);

            exit.ShouldBe(0);
            output.ShouldContain("(counted as dev): new.md");
            output.ShouldContain("dev (2 documents)");
        }

        [Fact]
        public async Task Given_no_split_file_When_run_Then_it_refuses_with_one_line()
        {
            var corpus = new TinyCorpus().Add("a.md", "x", "undetermined", SplitSet.Dev);
            var args = corpus.Args();
            File.Delete(Path.Combine(corpus.Dir, "splits.csv"));

            var (exit, output, error) = await EvalRun.RunAsync(args);

            exit.ShouldBe(1);
            output.ShouldBeEmpty();
            error.TrimEnd().ShouldStartWith("error: no eval/splits.csv found");
        }
    }
}
