namespace Sourcewise.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the input was still used as given.</summary>
    Info,

    /// <summary>Something is doubtful, but a result could still be produced.</summary>
    Warning,

    /// <summary>The input is unusable where this points.</summary>
    Error,
}
