using Sourcewise.Eval.Splits;

namespace Sourcewise.Eval.Tests;

/// <summary>The Markdown report and the <c>--fail-under</c> gates.</summary>
public sealed class OutputTests
{
    private static TinyCorpus Corpus() => new TinyCorpus()
        .Add("a.md", TinyCorpus.ManagedServiceText, "managed-services", SplitSet.Dev)
        .Add("b.md", TinyCorpus.ManagedServiceText, "project-outsourcing", SplitSet.Dev)
        .Add("c.md", TinyCorpus.ManagedServiceText, "managed-services", SplitSet.Blind)
        .With("signal-labels.csv", "path,signal,label,evidence,line,note\na.md,sla-targets,present,The Provider shall meet 99.9% monthly availability,3,\n");

    public sealed class Markdown
    {
        [Fact]
        public async Task Given_a_corpus_When_markdown_is_written_Then_each_split_has_its_tables_and_no_document_is_named()
        {
            var (exit, output, _) = await EvalRun.RunAsync(Corpus().Args("--format", "markdown", "--errors"));

            exit.ShouldBe(0);
            output.ShouldContain("**dev (2 documents)**\n");
            output.ShouldContain("**blind (1 documents; totals only)**\n");
            output.ShouldContain("**all (3 documents)**\n");
            output.ShouldContain("| accuracy (answer among the manifest's acceptable labels) | 50.0% |\n");
            output.ShouldContain("| services contracts (2): model named exactly | 50.0% |\n");
            output.ShouldContain("| `managed-services` | 50.0% | 50.0% | 100.0% | 2 | 1 |\n");
            output.ShouldContain("| signal (document level) | project labels: precision | recall | F1 | TP/FP/FN |\n");
            output.ShouldContain("| `sla-targets` | 100.0% | 100.0% | 100.0% | 1/0/0 |\n");
            output.ShouldContain("Documents labelled: project labels 1.\n");
            output.ShouldContain("| `project-outsourcing` | 0 | 0 | 1 | 0 | 0 |\n"); // a confusion row
            output.ShouldNotContain("a.md");
            output.ShouldNotContain("c.md");
        }
    }

    public sealed class FailUnderGates
    {
        [Theory]
        [InlineData("dev.services-accuracy=0.8", "dev", "services-accuracy", 0.8)]
        [InlineData("accuracy=85%", "all", "accuracy", 0.85)]
        [InlineData("blind.ip-assigned-to-client/cuad-relabels/precision=0.85", "blind", "ip-assigned-to-client/cuad-relabels/precision", 0.85)]
        public void Given_a_floor_When_parsed_Then_split_figure_and_minimum_are_read(string text, string split, string figure, double minimum)
        {
            FailUnder.TryParse(text, out var floor, out var error).ShouldBeTrue(error);
            floor.ShouldBe(new FailUnder(split, figure, minimum));
        }

        [Theory]
        [InlineData("accuracy", "expected [SPLIT.]FIGURE=MIN")]
        [InlineData("accuracy=1.5", "'1.5' is not a share between 0 and 1")]
        [InlineData("dev.precision=0.5", "unknown figure 'precision'")]
        [InlineData("sla-targets/cuad/accuracy=0.5", "unknown figure 'sla-targets/cuad/accuracy'")]
        public void Given_a_malformed_floor_When_parsed_Then_the_error_says_why(string text, string expected)
        {
            FailUnder.TryParse(text, out _, out var error).ShouldBeFalse();
            error.ShouldContain(expected);
        }

        [Fact]
        public async Task Given_floors_met_and_not_met_When_run_Then_the_exit_code_is_3_and_each_miss_is_named()
        {
            var (exit, _, error) = await EvalRun.RunAsync(Corpus().Args(
                "--fail-under", "blind.accuracy=1", "--fail-under", "dev.accuracy=0.9", "--fail-under", "sla-targets/labels/recall=1",
                "--fail-under", "termination-assistance/cuad/precision=0.5"));

            exit.ShouldBe(3);
            error.ShouldContain("below floor: dev.accuracy = 0.5000, floor 0.9000");
            error.ShouldContain("below floor: all.termination-assistance/cuad/precision has no value");
            error.ShouldNotContain("blind.accuracy");
            error.ShouldNotContain("sla-targets");
        }

        [Fact]
        public async Task Given_a_malformed_floor_When_run_Then_it_is_a_usage_error_before_any_check()
        {
            var (exit, output, error) = await EvalRun.RunAsync(Corpus().Args("--fail-under", "accuracy=2"));
            exit.ShouldBe(2);
            output.ShouldBeEmpty();
            error.ShouldStartWith("usage: --fail-under 'accuracy=2'");
        }
    }
}
