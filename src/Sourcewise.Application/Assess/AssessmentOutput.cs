using System.Text;
using Sourcewise.Application.Output;
using Sourcewise.Assessments;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Markdown;

namespace Sourcewise.Application.Assess;

/// <summary>An assessment in a byte format, exactly as both hosts give it: the CLI writes these bytes to stdout, the
/// API answers with them.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class AssessmentOutput
{
    /// <summary>The assessment as JSON (indented, with a final line break) or Markdown.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not JSON or Markdown (the text view
    /// is drawn by the host).</exception>
    public static byte[] Render(Assessment assessment, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return format switch
        {
            OutputFormat.Json => Encoding.UTF8.GetBytes(AssessmentJson.ToJson(assessment) + "\n"),
            OutputFormat.Markdown => Encoding.UTF8.GetBytes(AssessmentMarkdown.Render(assessment)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "An assessment renders to JSON or Markdown here."),
        };
    }
}
