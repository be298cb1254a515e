using Sourcewise.Eval.Labels;
using Sourcewise.Eval.Sentences;
using Sourcewise.Eval.Splits;

namespace Sourcewise.Eval;

/// <summary>What an evaluation reads: the corpus (with <c>manifest.csv</c>), the frozen split, and the optional label
/// files.</summary>
/// <param name="Corpus">The corpus directory.</param>
/// <param name="Splits">The development / blind split.</param>
internal sealed record EvalInputs(string Corpus, SplitSet Splits)
{
    /// <summary>Per-document signal labels (<c>eval/signal-labels.csv</c>).</summary>
    public SignalLabelSet? SignalLabels { get; init; }

    /// <summary>The project's re-reading of CUAD's labels (<c>eval/cuad-relabels.csv</c>).</summary>
    public SignalLabelSet? CuadRelabels { get; init; }

    /// <summary>Labelled sentences (<c>eval/sentences.csv</c>).</summary>
    public SentenceSet? Sentences { get; init; }

    /// <summary>How a sentence with a corpus document is read: in that document (the default) or alone.</summary>
    public SentenceContext SentenceContext { get; init; } = SentenceContext.Document;
}
