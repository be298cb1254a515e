using System.Text.Json;
using Sourcewise.Eval.Sentences;
using Sourcewise.Eval.Splits;
using Sourcewise.Signals;

namespace Sourcewise.Eval.Tests;

/// <summary>One whole run over the real corpus with the project's <c>eval/</c> files (skips without
/// <c>shared/corpus</c>, fails instead under <c>SOURCEWISE_REQUIRE_ALL=1</c>).</summary>
public sealed class CorpusEndToEndTests
{
    [SkippableFact]
    public async Task The_whole_corpus_is_scored_per_split_and_no_blind_document_is_listed()
    {
        var corpus = CorpusLocator.Require();
        var evalDir = Path.Combine(EvalRun.RepositoryRoot, "eval");
        var splits = SplitSet.Read(Path.Combine(evalDir, "splits.csv")).GetValueOrThrow();

        var (exit, output, error) = await EvalRun.RunAsync([corpus, "--eval-dir", evalDir, "--format", "json"]);

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("documents").GetInt32().ShouldBe(129);
        root.GetProperty("unreadable").EnumerateArray().ShouldBeEmpty();
        root.GetProperty("notInSplits").EnumerateArray().ShouldBeEmpty();
        var figures = root.GetProperty("splits");
        int Documents(string split) => figures.GetProperty(split).GetProperty("documents").GetInt32();
        (Documents("dev"), Documents("blind"), Documents("all")).ShouldBe((86, 43, 129));

        // Counts add up across the splits, for models and for every signal row.
        foreach (var model in figures.GetProperty("all").GetProperty("models").EnumerateArray())
        {
            var name = model.GetProperty("model").GetString();
            int Predicted(string split) => figures.GetProperty(split).GetProperty("models").EnumerateArray()
                .Single(m => m.GetProperty("model").GetString() == name).GetProperty("predicted").GetInt32();
            (Predicted("dev") + Predicted("blind")).ShouldBe(Predicted("all"), name);
        }

        var cuad = figures.GetProperty("all").GetProperty("signals").EnumerateArray().Where(s => s.GetProperty("source").GetString() == "cuad").ToList();
        cuad.Select(s => s.GetProperty("documents").GetInt32()).ShouldAllBe(n => n == 98);
        figures.GetProperty("all").GetProperty("servicesDocuments").GetInt32().ShouldBe(63);

        // Every labelled sentence is scored once, under its origin (when the project has a sentence file).
        var sentenceFile = Path.Combine(evalDir, "sentences.csv");
        if (File.Exists(sentenceFile))
        {
            var rows = SentenceSet.Read(sentenceFile, SignalCatalogue.Default.SignalIds).GetValueOrThrow().Rows.Length;
            figures.GetProperty("all").GetProperty("sentences").EnumerateArray().Where(r => r.GetProperty("signal").GetString() == "*")
                .Sum(r => r.GetProperty("sentences").GetInt32() + r.GetProperty("uncertain").GetInt32()).ShouldBe(rows);
        }

        // The per-document lists name dev documents only.
        var listed = root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString()!)
            .Concat(root.GetProperty("signalDisagreements").EnumerateArray().Select(r => r.GetProperty("path").GetString()!))
            .ToList();
        listed.ShouldNotBeEmpty();
        listed.ShouldAllBe(path => !splits.IsBlind(path));
        root.GetProperty("hidden").GetProperty("blindDocuments").GetInt32().ShouldBe(43);
    }
}
