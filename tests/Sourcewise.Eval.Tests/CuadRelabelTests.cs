using System.Text.Json;
using Sourcewise.Eval.Labels;
using Sourcewise.Signals;

namespace Sourcewise.Eval.Tests;

/// <summary>The project's re-reading of CUAD's labels (<c>eval/cuad-relabels.csv</c>): reading, scoring per split, and a
/// run without the file.</summary>
public sealed class CuadRelabelTests
{
    private const string Header = "path,signal,cuad_label,label,evidence,line,note\n";

    private const string AssignmentText = """
        # Development Agreement

        1. Services. The Developer shall develop the software described in Exhibit A.
        2. Ownership. The Developer hereby assigns to the Customer all right, title and interest in the Deliverables and all intellectual property rights in them.
        """;

    private const string LicenceText = """
        # Licence Agreement

        1. Licence. The Licensor grants the Licensee a non-exclusive licence to use the Software.
        2. Fees. The Licensee shall pay the annual licence fee.
        """;

    [Fact]
    public void Given_a_relabel_file_When_read_Then_the_cuad_label_column_is_allowed_and_rows_read_as_labels()
    {
        var labels = SignalLabelSet.Parse(Header +
            "cuad/a.txt,ip-assigned-to-client,Yes,absent,,,\"CUAD marks a licence-back, not an assignment\"\n" +
            "cuad/a.txt,termination-assistance,No,present,Provider shall return all Customer Data,12,\n",
            SignalCatalogue.Default.SignalIds, "cuad-relabels.csv").GetValueOrThrow();

        labels.Find("cuad/a.txt", "ip-assigned-to-client").ShouldNotBeNull().Label.ShouldBe(SignalLabelValue.Absent);
        labels.Find("cuad/a.txt", "termination-assistance").ShouldNotBeNull().Location.ShouldBe("12");
    }

    [Fact]
    public async Task Given_relabels_When_run_Then_each_split_has_cuad_relabels_rows_for_the_signals_in_the_file()
    {
        var corpus = new TinyCorpus()
            .Add("cuad/dev-assign.txt", AssignmentText, "project-outsourcing", "dev")
            .Add("cuad/dev-licence.txt", LicenceText, "out-of-scope", "dev", "undetermined")
            .Add("cuad/blind-assign.txt", AssignmentText, "project-outsourcing", "blind", "project-outsourcing;undetermined")
            .With("cuad-relabels.csv", Header +
                "cuad/dev-assign.txt,ip-assigned-to-client,Yes,present,The Developer hereby assigns to the Customer all right,4,\n" +
                "cuad/dev-licence.txt,ip-assigned-to-client,Yes,absent,,,a licence; CUAD's label is direction-agnostic\n" +
                "cuad/blind-assign.txt,ip-assigned-to-client,Yes,absent,,,deliberately contradicts the check\n");

        var (exit, output, error) = await EvalRun.RunAsync(corpus.Args("--format", "json"));

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        var splits = json.RootElement.GetProperty("splits");
        JsonElement Row(string split) => splits.GetProperty(split).GetProperty("signals").EnumerateArray()
            .Single(s => s.GetProperty("source").GetString() == "cuad-relabels");
        var dev = Row("dev");
        dev.GetProperty("signal").GetString().ShouldBe("ip-assigned-to-client");
        (dev.GetProperty("truePositives").GetInt32(), dev.GetProperty("falsePositives").GetInt32(), dev.GetProperty("documents").GetInt32()).ShouldBe((1, 0, 2));
        dev.GetProperty("precision").GetDouble().ShouldBe(1.0);
        var blind = Row("blind");
        (blind.GetProperty("truePositives").GetInt32(), blind.GetProperty("falsePositives").GetInt32()).ShouldBe((0, 1));
        Row("all").GetProperty("documents").GetInt32().ShouldBe(3);
        // No other signal has a row: the file labels only one.
        splits.GetProperty("all").GetProperty("signals").EnumerateArray().Count(s => s.GetProperty("source").GetString() == "cuad-relabels").ShouldBe(1);
        // The blind disagreement is counted, not listed (the model answer is acceptable either way).
        json.RootElement.GetProperty("signalDisagreements").EnumerateArray().ShouldBeEmpty();
        json.RootElement.GetProperty("hidden").GetProperty("blindErrors").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_no_relabel_file_When_run_Then_it_says_it_skipped_them_and_succeeds()
    {
        var corpus = new TinyCorpus().Add("cuad/a.txt", AssignmentText, "project-outsourcing", "dev");

        var (exit, output, _) = await EvalRun.RunAsync(corpus.Args());

        exit.ShouldBe(0);
        output.ShouldContain("CUAD re-read labels: none found (eval/cuad-relabels.csv), skipped");
        output.ShouldNotContain("cuad-relabels │");
    }

    [Fact]
    public async Task Given_a_malformed_relabel_file_When_run_Then_one_line_names_file_line_and_field()
    {
        var corpus = new TinyCorpus().Add("cuad/a.txt", AssignmentText, "project-outsourcing", "dev")
            .With("cuad-relabels.csv", Header + "cuad/a.txt,ip-assigned-to-client,Yes,maybe,,,\n");

        var (exit, output, error) = await EvalRun.RunAsync(corpus.Args());

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldEndWith("cuad-relabels.csv:2: label: 'maybe' is not one of present, absent, uncertain");
    }

    [Fact]
    public async Task Given_a_relabel_file_named_on_the_command_line_that_does_not_exist_When_run_Then_it_fails()
    {
        var corpus = new TinyCorpus().Add("cuad/a.txt", AssignmentText, "project-outsourcing", "dev");

        var (exit, _, error) = await EvalRun.RunAsync(corpus.Args("--cuad-relabels", "/no/such/relabels.csv"));

        exit.ShouldBe(1);
        error.TrimEnd().ShouldBe("error: /no/such/relabels.csv: no such file");
    }
}
