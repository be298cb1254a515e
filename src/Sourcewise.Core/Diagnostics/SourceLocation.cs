using System.Text;

namespace Sourcewise.Diagnostics;

/// <summary>Where in an input something was found: a file, a line and column, and/or a field path.</summary>
/// <param name="File">The file name or path as the user gave it, or <c>null</c> for unnamed input.</param>
/// <param name="Line">1-based line, or <c>null</c>.</param>
/// <param name="Column">1-based column, or <c>null</c>.</param>
/// <param name="Field">A field path such as <c>options.inHouse.heads</c> or a column name, or <c>null</c>.</param>
public sealed record SourceLocation(string? File, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>Returns this location with another field path.</summary>
    public SourceLocation WithField(string? field) => this with { Field = field };

    /// <summary>Formats as <c>file:line:col</c> (only the parts that are known).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(File ?? "<input>");
        if (Line is { } line)
        {
            sb.Append(':').Append(line);
            if (Column is { } column)
            {
                sb.Append(':').Append(column);
            }
        }

        return sb.ToString();
    }
}
