namespace Sourcewise.Eval.Figures;

/// <summary>Precision and recall of one answer (a model, <c>undetermined</c> or <c>not-an-engagement</c>).</summary>
/// <param name="Name">The answer.</param>
/// <param name="Predicted">Documents the check gave this answer.</param>
/// <param name="Labelled">Documents whose expected label is this answer.</param>
/// <param name="Recalled">Documents labelled so and answered so.</param>
/// <param name="Accepted">Documents answered so where the label accepts it (manifest, lenient).</param>
/// <param name="StrictlyAccepted">Documents answered so where the strict reading accepts it (out-of-scope only as
/// <c>not-an-engagement</c>).</param>
internal sealed record ModelScore(string Name, int Predicted, int Labelled, int Recalled, int Accepted, int StrictlyAccepted)
{
    /// <summary>Of the documents answered so, the share whose label accepts it.</summary>
    public double Precision => Predicted == 0 ? double.NaN : (double)Accepted / Predicted;

    /// <summary>As <see cref="Precision"/>, with out-of-scope documents accepting only <c>not-an-engagement</c>.</summary>
    public double StrictPrecision => Predicted == 0 ? double.NaN : (double)StrictlyAccepted / Predicted;

    /// <summary>Of the documents labelled so, the share answered so.</summary>
    public double Recall => Labelled == 0 ? double.NaN : (double)Recalled / Labelled;
}
