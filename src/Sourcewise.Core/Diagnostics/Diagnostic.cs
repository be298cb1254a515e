namespace Sourcewise.Diagnostics;

/// <summary>One problem found in untrusted input. Immutable.</summary>
/// <param name="Code">A stable code such as <c>unknown-key</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">One plain sentence for a person.</param>
/// <param name="Location">Where, if known.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation? Location = null)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation? location = null) =>
        new(code, DiagnosticSeverity.Error, message, location);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation? location = null) =>
        new(code, DiagnosticSeverity.Warning, message, location);

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as one line: <c>file:line:col: field: message</c>.</summary>
    public override string ToString()
    {
        if (Location is null)
        {
            return Message;
        }

        var field = Location.Field is { Length: > 0 } f ? $"{f}: " : string.Empty;
        return $"{Location}: {field}{Message}";
    }
}
