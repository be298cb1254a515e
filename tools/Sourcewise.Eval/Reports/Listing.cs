using System.Collections.Immutable;
using Sourcewise.Eval.Labels;
using Sourcewise.Eval.Sentences;

namespace Sourcewise.Eval.Reports;

/// <summary>The per-document and per-sentence lines a report may show: the blind split's are left out (and only
/// counted) unless <c>--show-blind-errors</c> is given. Every report lists through this one gate.</summary>
internal sealed class Listing
{
    public Listing(CheckEvaluation evaluation, bool showBlind)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var blind = evaluation.SplitSet;
        bool Shown(string split) => CheckEvaluation.Listable(split, showBlind);
        bool ShownPath(string path) => showBlind || !blind.IsBlind(path);

        Documents = [.. evaluation.Documents.Where(d => Shown(d.Split))];
        ModelErrors = [.. Documents.Where(d => !d.Correct || !d.StrictlyCorrect)];
        SignalDisagreements = [.. evaluation.Disagreements.Where(d => Shown(d.Split))];
        SentenceErrors = [.. evaluation.SentenceResults
            .Where(r => Shown(r.Split) && r.Row.Label != SignalLabelValue.Uncertain && r.Fired != (r.Row.Label == SignalLabelValue.Present))];
        Failed = [.. evaluation.Failed.Where(f => ShownPath(f.Path))];
        Missing = [.. evaluation.Missing.Where(ShownPath)];
        UncheckedLabelledDocuments = [.. evaluation.UncheckedLabelledDocuments.Where(ShownPath)];
        HiddenDocuments = evaluation.Documents.Length - Documents.Length;
        HiddenErrors = evaluation.Documents.Count(d => !Shown(d.Split) && (!d.Correct || !d.StrictlyCorrect))
            + evaluation.Disagreements.Count(d => !Shown(d.Split))
            + evaluation.SentenceResults.Count(r => !Shown(r.Split) && r.Row.Label != SignalLabelValue.Uncertain && r.Fired != (r.Row.Label == SignalLabelValue.Present))
            + (evaluation.Failed.Length - Failed.Length) + (evaluation.Missing.Length - Missing.Length);
        HiddenUnchecked = evaluation.UncheckedLabelledDocuments.Length - UncheckedLabelledDocuments.Length;
        ShowBlind = showBlind;
    }

    public bool ShowBlind { get; }

    /// <summary>The documents that may be listed.</summary>
    public ImmutableArray<CheckEvaluation.DocumentResult> Documents { get; }

    /// <summary>Listable documents whose answer the manifest does not accept, leniently or strictly.</summary>
    public ImmutableArray<CheckEvaluation.DocumentResult> ModelErrors { get; }

    public ImmutableArray<CheckEvaluation.LabelDisagreement> SignalDisagreements { get; }

    public ImmutableArray<SentenceResult> SentenceErrors { get; }

    public ImmutableArray<(string Path, string Error)> Failed { get; }

    public ImmutableArray<string> Missing { get; }

    public ImmutableArray<string> UncheckedLabelledDocuments { get; }

    /// <summary>Blind documents left out of the lists.</summary>
    public int HiddenDocuments { get; }

    /// <summary>Errors of blind documents and sentences left out of the lists.</summary>
    public int HiddenErrors { get; }

    public int HiddenUnchecked { get; }
}
