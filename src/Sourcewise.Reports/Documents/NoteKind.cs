namespace Sourcewise.Reports.Documents;

/// <summary>How strongly a <see cref="NoteBlock"/> is highlighted.</summary>
public enum NoteKind
{
    /// <summary>Neutral information.</summary>
    Info,

    /// <summary>Something to act on.</summary>
    Warning,
}
