using System.Collections.Immutable;

namespace Sourcewise.Eval.Figures;

/// <summary>Every figure of one split (<c>dev</c>, <c>blind</c> or <c>all</c>).</summary>
/// <param name="Split">The split.</param>
/// <param name="Models">Model figures.</param>
/// <param name="Signals">Document-level signal rows: project labels (<c>labels</c>), CUAD's labels (<c>cuad</c>) and the
/// project's re-reading of them (<c>cuad-relabels</c>).</param>
/// <param name="Sentences">Sentence-level rows; <see cref="CheckEvaluation.Score.Source"/> is the origin.</param>
internal sealed record SplitFigures(string Split, ModelFigures Models, ImmutableArray<CheckEvaluation.Score> Signals,
    ImmutableArray<CheckEvaluation.Score> Sentences);
