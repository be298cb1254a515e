using System.Text;
using System.Text.Json;
using Sourcewise.Application.Output;
using Sourcewise.Comparison;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Markdown;

namespace Sourcewise.Application.Models;

/// <summary>Use case: the three engagement models compared on six dimensions (Core's data file).</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CompareModels
{
    /// <summary>The comparison.</summary>
    public static ModelComparison Comparison => ModelComparison.Default;

    /// <summary>The comparison as JSON (indented, with a final line break) or Markdown.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not JSON or Markdown.</exception>
    public static byte[] Render(OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var buffer = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
                    {
                        ModelComparisonJson.Write(writer, Comparison);
                    }

                    buffer.WriteByte((byte)'\n');
                    return buffer.ToArray();
                }

            case OutputFormat.Markdown:
                return Encoding.UTF8.GetBytes(ModelComparisonMarkdown.Render(Comparison));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The comparison renders to JSON or Markdown here.");
        }
    }
}
