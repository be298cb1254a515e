namespace Sourcewise.Signals;

/// <summary>Where the claimed model came from.</summary>
public enum ClaimSource
{
    /// <summary>No claim was found or given.</summary>
    None,

    /// <summary>Read from the document's title, recitals or its name for itself.</summary>
    Document,

    /// <summary>Given with <c>--claimed</c> (or the web form's <c>claimed</c> field).</summary>
    Option,

    /// <summary>The questionnaire's <c>claimedModel</c>.</summary>
    Questionnaire,
}
