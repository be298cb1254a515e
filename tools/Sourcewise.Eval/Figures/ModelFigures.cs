using System.Collections.Immutable;

namespace Sourcewise.Eval.Figures;

/// <summary>How well the check names the model, over the documents of one split.</summary>
internal sealed record ModelFigures
{
    /// <summary>Documents checked.</summary>
    public required int Documents { get; init; }

    /// <summary>Documents the manifest marks <c>scored</c>.</summary>
    public required int ScoredDocuments { get; init; }

    /// <summary>Documents whose expected label is one of the three models: services contracts.</summary>
    public required int ServicesDocuments { get; init; }

    /// <summary>Answers among the manifest's acceptable labels (out-of-scope accepts <c>not-an-engagement</c> and
    /// <c>undetermined</c>).</summary>
    public required double Accuracy { get; init; }

    /// <summary>As <see cref="Accuracy"/>, but an out-of-scope document must be answered <c>not-an-engagement</c>.</summary>
    public required double StrictAccuracy { get; init; }

    /// <summary><see cref="Accuracy"/> over the documents marked <c>scored</c>.</summary>
    public required double ScoredAccuracy { get; init; }

    /// <summary><see cref="Accuracy"/> over services contracts only: the figure the 80% target is about.</summary>
    public required double ServicesAccuracy { get; init; }

    /// <summary>Services contracts whose model the check names exactly (an acceptable <c>undetermined</c> does not
    /// count).</summary>
    public required double ServicesNamed { get; init; }

    /// <summary>The share of documents answered <c>undetermined</c>.</summary>
    public required double UndeterminedShare { get; init; }

    /// <summary>Per answer.</summary>
    public required ImmutableArray<ModelScore> Models { get; init; }

    /// <summary>Counts by expected label, then by answer.</summary>
    public required ImmutableDictionary<string, ImmutableDictionary<string, int>> Confusion { get; init; }

    /// <summary>The answers the confusion matrix has columns for, in report order.</summary>
    public required ImmutableArray<string> Answers { get; init; }
}
