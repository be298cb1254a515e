using Sourcewise.Eval.Splits;

namespace Sourcewise.Eval.Tests;

/// <summary>A floor under the evaluation figures on the real corpus (moved from the CLI's <c>CheckCorpusTests</c>;
/// over all documents, as before the split existed).</summary>
public sealed class EvaluationFloorTests
{
    // Floors reset when the reading-layer detector replaced the regex cues (issue 10): it answers far more documents
    // (undetermined 70% -> about 35%, services named exactly 42.9% -> 57.1%, not-an-engagement found 0% -> about 50%),
    // and is right less often on the ones it answers (scored 75.0%, overall 79.1%, against 85%/80% before).
    [SkippableFact]
    public async Task The_evaluation_stays_above_its_floor()
    {
        var corpus = CorpusLocator.Require();
        var splits = SplitSet.Read(Path.Combine(EvalRun.RepositoryRoot, "eval", "splits.csv")).GetValueOrThrow();
        var evaluation = await CheckEvaluation.RunAsync(new EvalInputs(corpus, splits), CancellationToken.None);
        evaluation.Failed.ShouldBeEmpty();
        evaluation.Accuracy(scoredOnly: true).ShouldBeGreaterThanOrEqualTo(0.74);
        evaluation.Accuracy(scoredOnly: false).ShouldBeGreaterThanOrEqualTo(0.78);
        var ip = evaluation.Signals.Single(s => s.Name == "ip-assigned-to-client");
        ip.Precision.ShouldBeGreaterThanOrEqualTo(0.65);
        ip.Recall.ShouldBeGreaterThanOrEqualTo(0.55);
        var exit = evaluation.Signals.Single(s => s.Name == "termination-assistance");
        exit.Precision.ShouldBeGreaterThanOrEqualTo(0.65);
        exit.Recall.ShouldBeGreaterThanOrEqualTo(0.40);
        evaluation.Models.Single(m => m.Name == "managed-services").Precision.ShouldBeGreaterThanOrEqualTo(0.6);
        evaluation.Models.Single(m => m.Name == "project-outsourcing").Precision.ShouldBeGreaterThanOrEqualTo(0.55);
    }
}
