namespace Sourcewise.Signals;

/// <summary>How serious a check finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing.</summary>
    Info,

    /// <summary>Should be fixed before signing.</summary>
    Warning,

    /// <summary>The document is not what it claims.</summary>
    Error,
}
