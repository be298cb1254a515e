using System.Text.Json;
using Sourcewise.Eval.Figures;
using Sourcewise.Eval.Splits;
using Sourcewise.Signals;
using static Sourcewise.Eval.Reports.Format;

namespace Sourcewise.Eval.Reports;

/// <summary>The JSON report: <c>splits.dev|blind|all</c> with every figure; the top-level keys of the old
/// <c>check-eval --format json</c> (figures over all documents); and the per-document lists, which leave the blind
/// split out unless <c>--show-blind-errors</c>.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Write(CheckEvaluation e, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(e);
        var listing = new Listing(e, options.ShowBlind);
        var all = e.Split(SplitSet.All);
        return JsonSerializer.Serialize(new
        {
            documents = e.Documents.Length,
            scoredDocuments = e.Count(true),
            accuracy = Json(all.Models.Accuracy),
            scoredAccuracy = Json(all.Models.ScoredAccuracy),
            inputs = options.Inputs,
            splitCounts = e.Splits.Where(s => s.Split != SplitSet.All).ToDictionary(s => s.Split, s => s.Models.Documents),
            notInSplits = e.NotInSplits,
            splits = e.Splits.ToDictionary(s => s.Split, Split),
            models = all.Models.Models.Select(Model),
            signals = all.Signals.Select(Signal),
            results = listing.Documents.Select(d => new
            {
                path = d.Path,
                split = d.Split,
                expected = d.Expected,
                acceptable = d.Acceptable,
                strictAcceptable = d.StrictAcceptable,
                predicted = d.Predicted,
                correct = d.Correct,
                strictlyCorrect = d.StrictlyCorrect,
                reason = d.Reason,
                signals = d.Detected.Select(s => new { id = s.Id, occurrences = s.Occurrences, evidence = s.Evidence.Select(Evidence) }),
            }),
            signalDisagreements = listing.SignalDisagreements.Select(m => new
            {
                path = m.Path,
                split = m.Split,
                signal = m.Signal,
                against = m.Source,
                found = m.Found,
                evidence = m.Evidence,
                line = m.Location,
                fired = m.Fired.Select(Evidence),
            }),
            sentenceDisagreements = listing.SentenceErrors.Select(r => new
            {
                id = r.Row.Id,
                split = r.Split,
                origin = r.Row.Origin,
                doc = r.Row.Doc,
                signal = r.Row.Signal,
                label = r.Row.Label.ToString().ToLowerInvariant(),
                fired = r.Fired,
                context = r.Context,
                firedSignals = r.Signals,
                text = r.Row.Text,
            }),
            unreadable = listing.Failed.Select(f => new { path = f.Path, error = f.Error }),
            missing = listing.Missing,
            uncheckedLabelledDocuments = listing.UncheckedLabelledDocuments,
            hidden = new
            {
                blindDocuments = listing.HiddenDocuments,
                blindErrors = listing.HiddenErrors,
                note = listing.ShowBlind ? "blind documents listed (--show-blind-errors)" : "blind split: totals only",
            },
        }, Options);
    }

    private static object Split(SplitFigures s) => new
    {
        documents = s.Models.Documents,
        scoredDocuments = s.Models.ScoredDocuments,
        servicesDocuments = s.Models.ServicesDocuments,
        accuracy = Json(s.Models.Accuracy),
        strictAccuracy = Json(s.Models.StrictAccuracy),
        scoredAccuracy = Json(s.Models.ScoredAccuracy),
        servicesAccuracy = Json(s.Models.ServicesAccuracy),
        servicesNamed = Json(s.Models.ServicesNamed),
        undeterminedShare = Json(s.Models.UndeterminedShare),
        models = s.Models.Models.Select(Model),
        confusion = s.Models.Confusion.OrderBy(p => s.Models.Answers.IndexOf(p.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ToDictionary(p => p.Key, p => s.Models.Answers.ToDictionary(a => a, a => p.Value.GetValueOrDefault(a))),
        signals = s.Signals.Select(Signal),
        sentences = s.Sentences.Select(x => new
        {
            origin = x.Source,
            signal = x.Name,
            precision = Json(x.Precision),
            recall = Json(x.Recall),
            f1 = Json(x.F1),
            truePositives = x.TruePositives,
            falsePositives = x.FalsePositives,
            falseNegatives = x.FalseNegatives,
            trueNegatives = x.TrueNegatives,
            sentences = x.Judged,
            uncertain = x.Uncertain,
            note = x.Note,
        }),
    };

    private static object Model(ModelScore m) => new
    {
        model = m.Name,
        precision = Json(m.Precision),
        strictPrecision = Json(m.StrictPrecision),
        recall = Json(m.Recall),
        predicted = m.Predicted,
        labelled = m.Labelled,
    };

    private static object Signal(CheckEvaluation.Score s) => new
    {
        signal = s.Name,
        precision = Json(s.Precision),
        recall = Json(s.Recall),
        found = s.Predicted,
        labelled = s.Actual,
        against = s.Note,
        f1 = Json(s.F1),
        source = s.Source,
        uncertain = s.Uncertain,
        truePositives = s.TruePositives,
        falsePositives = s.FalsePositives,
        falseNegatives = s.FalseNegatives,
        trueNegatives = s.TrueNegatives,
        documents = s.Judged,
    };

    private static object Evidence(SignalEvidence e) => new { text = e.Text, page = e.Page, line = e.Line };
}
