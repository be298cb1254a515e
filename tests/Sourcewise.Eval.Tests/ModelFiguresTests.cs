using System.Collections.Immutable;

namespace Sourcewise.Eval.Tests;

/// <summary>Model accuracy: lenient and strict readings of out-of-scope, services-only accuracy, per-answer precision
/// and recall, the confusion counts.</summary>
public sealed class ModelFiguresTests
{
    private const string A = "staff-augmentation";
    private const string O = "project-outsourcing";
    private const string M = "managed-services";
    private const string U = "undetermined";
    private const string N = "not-an-engagement";

    // As CheckEvaluation builds them from the manifest: out-of-scope accepts both leniently, only N strictly.
    private static CheckEvaluation.DocumentResult OutOfScope(string predicted) =>
        new("x.md", N, [U, N], predicted, false, []) { StrictAcceptable = [N] };

    private static CheckEvaluation.DocumentResult Doc(string expected, string predicted, params string[] acceptable) =>
        new("x.md", expected, acceptable.Length == 0 ? [expected] : [.. acceptable], predicted, true, []);

    [Fact]
    public void Given_out_of_scope_documents_When_scored_Then_undetermined_is_right_leniently_and_wrong_strictly()
    {
        var docs = new[] { OutOfScope(U), OutOfScope(N), OutOfScope(M), Doc(M, M) };

        var figures = CheckEvaluation.ScoreModels(docs);

        figures.Accuracy.ShouldBe(0.75); // U, N and the services contract
        figures.StrictAccuracy.ShouldBe(0.5); // N and the services contract
        figures.UndeterminedShare.ShouldBe(0.25);
        var n = figures.Models.Single(m => m.Name == N);
        (n.Predicted, n.Labelled, n.Recalled).ShouldBe((1, 3, 1));
        var u = figures.Models.Single(m => m.Name == U);
        (u.Precision, u.StrictPrecision).ShouldBe((1.0, 0.0));
        double.IsNaN(u.Recall).ShouldBeTrue(); // nothing is labelled undetermined
    }

    [Fact]
    public void Given_services_contracts_When_scored_Then_services_accuracy_accepts_undetermined_where_the_label_does_and_named_does_not()
    {
        var docs = new[]
        {
            Doc(M, M, M, U),
            Doc(M, U, M, U),
            Doc(O, M),
            Doc(A, U, A, U),
            Doc(U, U), // not a services contract: left out of the services figures
            OutOfScope(U),
        };

        var figures = CheckEvaluation.ScoreModels(docs);

        figures.ServicesDocuments.ShouldBe(4);
        figures.ServicesAccuracy.ShouldBe(0.75);
        figures.ServicesNamed.ShouldBe(0.25);
        var m = figures.Models.Single(s => s.Name == M);
        (m.Predicted, m.Accepted, m.Labelled, m.Recalled).ShouldBe((2, 1, 2, 1));
        figures.Confusion[O][M].ShouldBe(1);
        figures.Confusion[M][U].ShouldBe(1);
        figures.Confusion[N][U].ShouldBe(1);
        figures.Answers.ShouldBe(ImmutableArray.Create(A, O, M, U, N));
    }

    [Fact]
    public void Given_no_documents_When_scored_Then_every_share_is_undefined_rather_than_zero()
    {
        var figures = CheckEvaluation.ScoreModels([]);
        double.IsNaN(figures.Accuracy).ShouldBeTrue();
        double.IsNaN(figures.ServicesAccuracy).ShouldBeTrue();
        figures.Documents.ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_manifest_with_out_of_scope_When_run_Then_it_is_expected_as_not_an_engagement()
    {
        var corpus = new TinyCorpus()
            .Add("press.md", "# Press release\n\nThe company announced record results today.", "out-of-scope", "dev", "undetermined", scored: false);

        var (exit, output, _) = await EvalRun.RunAsync(corpus.Args("--errors"));

        exit.ShouldBe(0);
        // The reader finds no engagement in a press release: the expected answer, exactly.
        output.ShouldNotContain("lenient press.md");
        output.ShouldContain("Model: accuracy 100.0% (strict 100.0%)");
    }
}
